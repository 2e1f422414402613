package org.projectledger.api.changecontrol;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager asks for changes beyond what may be made directly; {@code issueId}, if given, names
 * the request for change or off-specification of the issue register the request escalates.
 */
public record RaiseChangeRequest(
    @TargetAggregateIdentifier UUID projectId,
    UUID changeRequestId,
    String title,
    String justification,
    List<ProposedChange> proposedChanges,
    UUID issueId) {

  /** A change request that escalates no issue. */
  public RaiseChangeRequest(
      UUID projectId,
      UUID changeRequestId,
      String title,
      String justification,
      List<ProposedChange> proposedChanges) {
    this(projectId, changeRequestId, title, justification, proposedChanges, null);
  }

  public RaiseChangeRequest {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(changeRequestId, "changeRequestId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(proposedChanges, "proposedChanges");
    proposedChanges = List.copyOf(proposedChanges);
  }
}

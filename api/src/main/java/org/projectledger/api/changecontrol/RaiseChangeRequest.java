package org.projectledger.api.changecontrol;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager asks for changes beyond what may be made directly. */
public record RaiseChangeRequest(
    @TargetAggregateIdentifier UUID projectId,
    UUID changeRequestId,
    String title,
    String justification,
    List<ProposedChange> proposedChanges) {

  public RaiseChangeRequest {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(changeRequestId, "changeRequestId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(proposedChanges, "proposedChanges");
    proposedChanges = List.copyOf(proposedChanges);
  }
}

package org.projectledger.api.changecontrol;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A change request was raised, with every proposed change and who asked; {@code issueId} names the
 * issue it escalates (null when it escalates none).
 */
@Revision("1")
public record ChangeRequestRaised(
    UUID projectId,
    UUID changeRequestId,
    String title,
    String justification,
    List<ProposedChange> proposedChanges,
    String requestedBy,
    UUID issueId) {

  /** A change request that escalates no issue. */
  public ChangeRequestRaised(
      UUID projectId,
      UUID changeRequestId,
      String title,
      String justification,
      List<ProposedChange> proposedChanges,
      String requestedBy) {
    this(projectId, changeRequestId, title, justification, proposedChanges, requestedBy, null);
  }
}

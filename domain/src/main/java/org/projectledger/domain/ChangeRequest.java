package org.projectledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.changecontrol.ProposedChange;

/** A change request as the aggregate needs it: who asked, what, and whether it is still open. */
final class ChangeRequest {

  enum Status {
    RAISED,
    APPROVED,
    REJECTED,
    WITHDRAWN
  }

  UUID id;
  String title;
  String requestedBy;
  List<ProposedChange> changes = new ArrayList<>();
  Status status;

  /** For snapshots. */
  ChangeRequest() {}

  ChangeRequest(UUID id, String title, String requestedBy, List<ProposedChange> changes) {
    this.id = id;
    this.title = title;
    this.requestedBy = requestedBy;
    this.changes = new ArrayList<>(changes);
    this.status = Status.RAISED;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeRequest other
        && Objects.equals(id, other.id)
        && Objects.equals(title, other.title)
        && Objects.equals(requestedBy, other.requestedBy)
        && Objects.equals(changes, other.changes)
        && Objects.equals(status, other.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, requestedBy, changes, status);
  }
}

package org.projectledger.domain.changecontrol;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireOwnSignature;
import static org.projectledger.domain.state.Policies.requireReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.changecontrol.WithdrawChangeRequest;

/**
 * One change request, a member of its project with its own identity: who asked, what, and whether
 * it is still open. It decides its own rejection and withdrawal; the project decides approval,
 * which changes the plan. Whoever may act on it was admitted by the project first.
 */
public final class ChangeRequest {

  enum Status {
    RAISED,
    APPROVED,
    REJECTED,
    WITHDRAWN
  }

  private UUID projectId;
  @EntityId private UUID changeRequestId;
  private String title;
  private String requestedBy;
  private List<ProposedChange> changes = new ArrayList<>();
  private Status status;

  /** For snapshots. */
  ChangeRequest() {}

  public ChangeRequest(ChangeRequestRaised raised) {
    this.projectId = raised.projectId();
    this.changeRequestId = raised.changeRequestId();
    this.title = raised.title();
    this.requestedBy = raised.requestedBy();
    this.changes = new ArrayList<>(raised.proposedChanges());
    this.status = Status.RAISED;
  }

  @CommandHandler
  void handle(RejectChangeRequest command, Actor actor) {
    requireDecidableBy(actor);
    requireOwnSignature(command.signature(), actor);
    apply(
        new ChangeRequestRejected(
            projectId, changeRequestId, command.comment(), command.signature()));
  }

  @CommandHandler
  void handle(WithdrawChangeRequest command) {
    requireReason(command.reason());
    requireStillOpen();
    apply(new ChangeRequestWithdrawn(projectId, changeRequestId, command.reason()));
  }

  /** Still open, and not decided by whoever asked for it (segregation of duties). */
  public void requireDecidableBy(Actor actor) {
    requireStillOpen();
    require(
        !actor.userName().equals(requestedBy),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "Whoever asked for a change may not decide it");
  }

  private void requireStillOpen() {
    require(
        status == Status.RAISED,
        ErrorCode.CHANGE_REQUEST_NOT_OPEN,
        "The change request is already " + status);
  }

  public boolean isOpen() {
    return status == Status.RAISED;
  }

  public UUID id() {
    return changeRequestId;
  }

  public String title() {
    return title;
  }

  public List<ProposedChange> changes() {
    return List.copyOf(changes);
  }

  @EventSourcingHandler
  void on(ChangeRequestApproved event) {
    status = Status.APPROVED;
  }

  @EventSourcingHandler
  void on(ChangeRequestRejected event) {
    status = Status.REJECTED;
  }

  @EventSourcingHandler
  void on(ChangeRequestWithdrawn event) {
    status = Status.WITHDRAWN;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeRequest other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(changeRequestId, other.changeRequestId)
        && Objects.equals(title, other.title)
        && Objects.equals(requestedBy, other.requestedBy)
        && Objects.equals(changes, other.changes)
        && status == other.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(changeRequestId, status);
  }
}

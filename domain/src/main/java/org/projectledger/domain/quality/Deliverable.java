package org.projectledger.domain.quality;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireOwnSignature;
import static org.projectledger.domain.state.Policies.requireReason;
import static org.projectledger.domain.state.Policies.requireText;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.Role;
import org.projectledger.api.Signature;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.quality.AcceptDeliverable;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.AcceptanceWaived;
import org.projectledger.api.quality.DeliverableAccepted;
import org.projectledger.api.quality.DeliverableRejected;
import org.projectledger.api.quality.DeliverableState;
import org.projectledger.api.quality.DeliverableSubmitted;
import org.projectledger.api.quality.RejectDeliverable;
import org.projectledger.api.quality.SubmitDeliverable;
import org.projectledger.api.quality.WaiveAcceptance;

/**
 * The deliverable of one work package that names acceptance criteria: submitted by the manager or
 * the work package's owner, accepted or rejected by its acceptor — never by the one who submitted
 * it (segregation of duties) — or its acceptance waived by the sponsor. The project admitted the
 * actor first ({@code Admission}); the deliverable decides the rest.
 */
public final class Deliverable {

  private UUID projectId;
  @EntityId private UUID workPackageId;
  private String acceptor;
  private DeliverableState state;
  private int submissions;
  private String submittedBy;

  /** For snapshots. */
  Deliverable() {}

  public Deliverable(AcceptanceCriteriaSet set) {
    this.projectId = set.projectId();
    this.workPackageId = set.workPackageId();
    this.acceptor = set.acceptor();
    this.state = DeliverableState.NOT_SUBMITTED;
  }

  public DeliverableState state() {
    return state;
  }

  public UUID workPackageId() {
    return workPackageId;
  }

  /** New criteria or a new acceptor: refused once settled; a pending submission is withdrawn. */
  public void requireOpenToNewCriteria() {
    require(
        !state.settled(),
        ErrorCode.DELIVERABLE_STATE,
        "The deliverable is " + state + " against its criteria; they no longer change");
  }

  /** Folded by the project, which keeps its deliverables (a first set creates one). */
  public void set(AcceptanceCriteriaSet set) {
    acceptor = set.acceptor();
    state = DeliverableState.NOT_SUBMITTED;
  }

  @CommandHandler
  void handle(SubmitDeliverable command, Actor actor) {
    requireText(command.note(), "note");
    require(
        state == DeliverableState.NOT_SUBMITTED || state == DeliverableState.REJECTED,
        ErrorCode.DELIVERABLE_STATE,
        "The deliverable is " + state + ": only one not yet submitted or rejected is submitted");
    apply(
        new DeliverableSubmitted(
            projectId, workPackageId, submissions + 1, actor.userName(), command.note()));
  }

  @CommandHandler
  void handle(AcceptDeliverable command, Actor actor) {
    decide(actor, command.signature());
    apply(
        new DeliverableAccepted(
            projectId,
            workPackageId,
            submissions,
            submittedBy,
            command.comment(),
            command.signature()));
  }

  @CommandHandler
  void handle(RejectDeliverable command, Actor actor) {
    requireReason(command.reason());
    decide(actor, command.signature());
    apply(
        new DeliverableRejected(
            projectId,
            workPackageId,
            submissions,
            submittedBy,
            command.reason(),
            command.signature()));
  }

  @CommandHandler
  void handle(WaiveAcceptance command, Actor actor) {
    requireReason(command.reason());
    requireOwnSignature(command.signature(), actor);
    require(
        !state.settled(), ErrorCode.DELIVERABLE_STATE, "The deliverable is " + state + " already");
    apply(
        new AcceptanceWaived(
            projectId, workPackageId, state, command.reason(), command.signature()));
  }

  /**
   * Acceptance and rejection: the named acceptor (SPONSOR or PMO), signing for approval, decides a
   * submitted deliverable that someone else submitted.
   */
  private void decide(Actor actor, Signature signature) {
    require(
        actor.userName().equals(acceptor)
            && (actor.hasRole(Role.SPONSOR) || actor.hasRole(Role.PMO)),
        ErrorCode.FORBIDDEN,
        "Only the deliverable's acceptor (" + acceptor + ", as SPONSOR or PMO) decides it");
    require(
        !actor.userName().equals(submittedBy),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "The deliverable was submitted by " + submittedBy + ", who may not also accept it");
    requireOwnSignature(signature, actor);
    require(
        signature.meaning() == SignatureMeaning.APPROVAL,
        ErrorCode.SIGNATURE_INVALID,
        "A deliverable is decided by a signature meaning APPROVAL");
    require(
        state == DeliverableState.SUBMITTED,
        ErrorCode.DELIVERABLE_STATE,
        "The deliverable is " + state + ": only a submitted deliverable is decided");
  }

  @EventSourcingHandler
  void on(DeliverableSubmitted event) {
    state = DeliverableState.SUBMITTED;
    submissions = event.submission();
    submittedBy = event.submittedBy();
  }

  @EventSourcingHandler
  void on(DeliverableAccepted event) {
    state = DeliverableState.ACCEPTED;
  }

  @EventSourcingHandler
  void on(DeliverableRejected event) {
    state = DeliverableState.REJECTED;
  }

  @EventSourcingHandler
  void on(AcceptanceWaived event) {
    state = DeliverableState.WAIVED;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Deliverable other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(workPackageId, other.workPackageId)
        && Objects.equals(acceptor, other.acceptor)
        && state == other.state
        && submissions == other.submissions
        && Objects.equals(submittedBy, other.submittedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workPackageId, state, submissions);
  }
}

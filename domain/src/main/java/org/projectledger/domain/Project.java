package org.projectledger.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.charter.AmendCharter;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ReassignProjectRole;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.api.imports.AdmitImport;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.RaiseIssue;
import org.projectledger.api.lessons.LogLesson;
import org.projectledger.api.lifecycle.CloseProject;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.RecordMaintenanceActivity;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.SetAcceptanceCriteria;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.schedule.AssignWorkPackageOwner;
import org.projectledger.api.schedule.CancelMilestone;
import org.projectledger.api.schedule.CancelWorkPackage;
import org.projectledger.api.schedule.ChangeDependencies;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanSummary;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.RescheduleMilestone;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.SetCalendar;
import org.projectledger.api.stakeholders.RegisterStakeholder;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.status.PublishStatusReport;
import org.projectledger.api.tolerance.CheckTolerances;
import org.projectledger.domain.budget.Budget;
import org.projectledger.domain.changecontrol.ChangeControl;
import org.projectledger.domain.changecontrol.ChangeRequest;
import org.projectledger.domain.charter.Charter;
import org.projectledger.domain.imports.Imports;
import org.projectledger.domain.issues.Issue;
import org.projectledger.domain.issues.IssueRegister;
import org.projectledger.domain.maintenance.Maintenance;
import org.projectledger.domain.quality.Deliverable;
import org.projectledger.domain.quality.Quality;
import org.projectledger.domain.risks.Risk;
import org.projectledger.domain.risks.RiskRegister;
import org.projectledger.domain.schedule.Calendars;
import org.projectledger.domain.schedule.Cancellation;
import org.projectledger.domain.schedule.Planning;
import org.projectledger.domain.schedule.Progress;
import org.projectledger.domain.schedule.Rescheduling;
import org.projectledger.domain.stakeholders.Stakeholder;
import org.projectledger.domain.stakeholders.StakeholderRegister;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.domain.tolerance.Tolerance;
import org.projectledger.domain.tolerance.Tolerance.Moves;

/**
 * One project: the router of its commands and the keeper of its lifecycle. Each capability decides
 * its own events (charter, schedule, budget, change control, risks, stakeholders, maintenance, in a
 * package each); the project applies them, and its one event-sourcing handler folds every event
 * into its {@link ProjectFacts}. Change requests, risks, stakeholders, issues and deliverables are
 * members with their own identity; the project admits whoever acts on them first ({@link
 * Admission}).
 *
 * <p>The revision names the shape of its state in snapshots (5: with the execution registers): a
 * snapshot of another revision is ignored and the project rebuilt from its events, never misread.
 */
@Revision("5")
public class Project {

  @AggregateIdentifier private UUID projectId;
  private ProjectFacts facts = new ProjectFacts();

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private Map<UUID, ChangeRequest> changeRequests = new LinkedHashMap<>();

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private Map<UUID, Risk> risks = new LinkedHashMap<>();

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private Map<UUID, Stakeholder> stakeholders = new LinkedHashMap<>();

  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private Map<UUID, Issue> issues = new LinkedHashMap<>();

  /** By work package: the deliverables that name acceptance criteria. */
  @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
  private Map<UUID, Deliverable> deliverables = new LinkedHashMap<>();

  /** For Axon, which rebuilds a project from its events. */
  protected Project() {}

  @CommandHandler
  public Project(CharterProject command, Actor actor) {
    apply(Charter.charter(command, actor));
  }

  /** Every event but a member's birth: the facts fold it in, the one way they change. */
  @EventSourcingHandler
  void on(Object event, @MessageIdentifier String eventId) {
    facts.evolve(event, UUID.fromString(eventId));
    projectId = facts.projectId();
  }

  @EventSourcingHandler
  void on(ChangeRequestRaised event) {
    changeRequests.put(event.changeRequestId(), new ChangeRequest(event));
  }

  @EventSourcingHandler
  void on(RiskLogged event) {
    risks.put(event.riskId(), new Risk(event));
  }

  @EventSourcingHandler
  void on(StakeholderRegistered event) {
    stakeholders.put(event.stakeholderId(), new Stakeholder(event));
  }

  /** The facts keep its owner, for the admission of its resolution. */
  @EventSourcingHandler
  void on(IssueRaised event) {
    facts.evolve(event, null);
    issues.put(event.issueId(), new Issue(event));
  }

  @EventSourcingHandler
  void on(AcceptanceCriteriaSet event) {
    deliverables.computeIfAbsent(event.workPackageId(), id -> new Deliverable(event)).set(event);
  }

  /**
   * A command for a member goes to it once the project admitted it: rights before anything (whoever
   * may not act learns nothing), then NOT_FOUND for a member it does not have.
   */
  @CommandHandlerInterceptor
  Object admit(CommandMessage<?> command, InterceptorChain chain) throws Exception {
    return Admission.admit(command, facts, this::has, chain);
  }

  private boolean has(Admission.Member member, UUID id) {
    return switch (member) {
      case CHANGE_REQUEST -> changeRequests.containsKey(id);
      case RISK -> risks.containsKey(id);
      case STAKEHOLDER -> stakeholders.containsKey(id);
      case ISSUE -> issues.containsKey(id);
      case DELIVERABLE -> deliverables.containsKey(id);
    };
  }

  private void record(List<?> events) {
    events.forEach(event -> apply(event));
  }

  /** Records the events, then measures the tolerance exceptions they may raise or clear. */
  private void record(List<?> events, BusinessDate today, UUID cause, Moves moves) {
    record(events);
    record(Tolerance.measure(facts, today.date(), cause, moves));
  }

  // ---------------------------------------------------------------- charter

  @CommandHandler
  void handle(AmendCharter command, Actor actor) {
    record(Charter.amend(command, actor, facts));
  }

  @CommandHandler
  void handle(ReassignProjectRole command, Actor actor) {
    apply(Charter.reassign(command, actor, facts));
  }

  // ---------------------------------------------------------------- schedule

  @CommandHandler
  void handle(AdmitImport command, Actor actor) {
    Imports.admit(actor, facts);
  }

  @CommandHandler
  ImportReport handle(ImportPlan command, Actor actor) {
    Imports.Outcome outcome = Imports.decide(command, actor, facts);
    outcome.events().forEach(sourced -> apply(sourced.event(), sourced.source()));
    return outcome.report();
  }

  @CommandHandler
  void handle(PlanWorkPackage command, Actor actor) {
    record(Planning.workPackage(command, actor, facts));
  }

  @CommandHandler
  void handle(PlanMilestone command, Actor actor) {
    record(Planning.milestone(command, actor, facts));
  }

  @CommandHandler
  void handle(RescheduleWorkPackage command, Actor actor, BusinessDate today) {
    record(Rescheduling.workPackage(command, actor, facts), today, null, Moves.SCHEDULE);
  }

  @CommandHandler
  void handle(RescheduleMilestone command, Actor actor, BusinessDate today) {
    record(Rescheduling.milestone(command, actor, facts), today, null, Moves.SCHEDULE);
  }

  @CommandHandler
  void handle(ChangePlannedCost command, Actor actor) {
    record(Rescheduling.plannedCost(command, actor, facts));
  }

  @CommandHandler
  void handle(CancelWorkPackage command, Actor actor) {
    apply(Cancellation.workPackage(command, actor, facts));
  }

  @CommandHandler
  void handle(CancelMilestone command, Actor actor) {
    apply(Cancellation.milestone(command, actor, facts));
  }

  @CommandHandler
  void handle(ChangeDependencies command, Actor actor) {
    record(Cancellation.dependencies(command, actor, facts));
  }

  @CommandHandler
  void handle(PlanSummary command, Actor actor) {
    record(Planning.summary(command, actor, facts));
  }

  @CommandHandler
  void handle(SetCalendar command, Actor actor) {
    record(Calendars.set(command, actor, facts));
  }

  @CommandHandler
  void handle(AssignWorkPackageOwner command, Actor actor) {
    apply(Planning.owner(command, actor, facts));
  }

  @CommandHandler
  void handle(ReportProgress command, Actor actor, BusinessDate today) {
    record(List.of(Progress.report(command, actor, facts)), today, null, Moves.BOTH);
  }

  // ---------------------------------------------------------------- budget

  @CommandHandler
  void handle(OpenBudgetLine command, Actor actor) {
    apply(Budget.open(command, actor, facts));
  }

  @CommandHandler
  void handle(ReallocateBudget command, Actor actor) {
    apply(Budget.reallocate(command, actor, facts, risks.get(command.riskId())));
  }

  @CommandHandler
  void handle(RecordCost command, Actor actor, BusinessDate today) {
    record(Budget.record(command, actor, facts), today, command.costId(), Moves.COST);
  }

  @CommandHandler
  void handle(ReverseCost command, Actor actor, BusinessDate today) {
    record(List.of(Budget.reverse(command, actor, facts)), today, command.costId(), Moves.COST);
  }

  /** The ledger's own daily check: figures move with the calendar, not only with commands. */
  @CommandHandler
  void handle(CheckTolerances command, Actor actor, BusinessDate today) {
    require(actor.isLedger(), ErrorCode.FORBIDDEN, "Only the ledger checks tolerances on its own");
    record(Tolerance.daily(facts, today.date()));
  }

  // ---------------------------------------------------------------- change control

  @CommandHandler
  void handle(SetBaseline command, Actor actor) {
    apply(ChangeControl.baseline(command, actor, facts));
  }

  @CommandHandler
  void handle(RaiseChangeRequest command, Actor actor) {
    boolean known = changeRequests.containsKey(command.changeRequestId());
    apply(ChangeControl.raise(command, actor, facts, known, issues.get(command.issueId())));
  }

  /**
   * The approval changes the plan, so the project decides it with the request's own rules. The
   * revised baseline is what the figures are measured against from now on: an exception the
   * approval did not cure is raised again against it.
   */
  @CommandHandler
  void handle(ApproveChangeRequest command, Actor actor, BusinessDate today) {
    ChangeRequest request = changeRequests.get(command.changeRequestId());
    record(ChangeControl.approve(command, actor, facts, request), today, null, Moves.BOTH);
  }

  // ---------------------------------------------------------------- registers, hand-over, closure

  @CommandHandler
  void handle(LogRisk command, Actor actor) {
    apply(RiskRegister.log(command, actor, facts, risks.containsKey(command.riskId())));
  }

  @CommandHandler
  void handle(PlanRiskResponse command) {
    apply(risks.get(command.riskId()).respond(command, facts));
  }

  @CommandHandler
  void handle(RaiseIssue command, Actor actor) {
    apply(IssueRegister.raise(command, actor, facts, issues.containsKey(command.issueId())));
  }

  @CommandHandler
  void handle(LogLesson command, Actor actor) {
    apply(IssueRegister.lesson(command, actor, facts));
  }

  @CommandHandler
  void handle(SetAcceptanceCriteria command, Actor actor) {
    apply(Quality.criteria(command, actor, facts, deliverables.get(command.workPackageId())));
  }

  @CommandHandler
  void handle(RecordDecision command, Actor actor) {
    apply(RiskRegister.decision(command, actor, facts));
  }

  @CommandHandler
  void handle(PublishStatusReport command, Actor actor) {
    apply(RiskRegister.statusReport(command, actor, facts));
  }

  @CommandHandler
  void handle(RegisterStakeholder command, Actor actor) {
    boolean known = stakeholders.containsKey(command.stakeholderId());
    apply(StakeholderRegister.register(command, actor, facts, known));
  }

  @CommandHandler
  void handle(HandOverToOperations command, Actor actor) {
    apply(Maintenance.handOver(command, actor, facts, deliverables));
  }

  @CommandHandler
  void handle(RecordMaintenanceActivity command, Actor actor) {
    record(Maintenance.record(command, actor, facts));
  }

  @CommandHandler
  void handle(CloseProject command, Actor actor) {
    long open = changeRequests.values().stream().filter(ChangeRequest::isOpen).count();
    apply(Charter.close(command, actor, facts, open));
  }

  /** The figures a weekly digest reports on {@code statusDate} ({@link ProjectFacts#figures}). */
  public ProjectFigures figures(LocalDate statusDate) {
    return facts.figures(statusDate);
  }
}

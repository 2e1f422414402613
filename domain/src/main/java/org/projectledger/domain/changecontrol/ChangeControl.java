package org.projectledger.domain.changecontrol;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireOrderedDates;
import static org.projectledger.domain.state.Policies.requireOwnSignature;
import static org.projectledger.domain.state.Policies.requireReason;
import static org.projectledger.domain.state.Policies.requireText;

import java.util.ArrayList;
import java.util.List;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.domain.issues.Issue;
import org.projectledger.domain.schedule.Calendars;
import org.projectledger.domain.schedule.DependenciesChange;
import org.projectledger.domain.schedule.Planning;
import org.projectledger.domain.state.BudgetLine;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.Plan;
import org.projectledger.domain.state.ProjectFacts;

/**
 * Baselines and change control: the sponsor freezes the plan; after that, what lies beyond the
 * manager's tolerance changes only through a change request the sponsor approves, which revises the
 * baseline.
 */
public final class ChangeControl {

  private ChangeControl() {}

  public static BaselineSet baseline(SetBaseline command, Actor actor, ProjectFacts facts) {
    facts.requireSponsor(actor, "Only the project's sponsor sets a baseline");
    facts.requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    Plan plan = facts.plan();
    require(
        !plan.items().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "There is nothing planned to baseline");
    ProjectState state = facts.state();
    return new BaselineSet(
        facts.projectId(),
        facts.baseline() == null ? 1 : facts.baseline().number() + 1,
        plan.frozen(),
        plan.totalPlannedCost(),
        command.reason(),
        command.signature(),
        state,
        state == ProjectState.CHARTERED ? ProjectState.EXECUTING : state);
  }

  /** Each proposed change names what exists (or, for a new budget line, what does not yet). */
  /**
   * A change request; one that escalates an issue ({@code issue}: the project's issue of the
   * command's {@code issueId}, or null) names an open request for change or off-specification.
   */
  public static ChangeRequestRaised raise(
      RaiseChangeRequest command, Actor actor, ProjectFacts facts, boolean known, Issue issue) {
    facts.requireManager(actor);
    require(
        facts.baseline() != null,
        ErrorCode.NOT_BASELINED,
        "Before the first baseline the plan changes directly");
    requireNew(!known, "change request", command.changeRequestId());
    requireText(command.title(), "title");
    requireText(command.justification(), "justification");
    require(
        !command.proposedChanges().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "A change request proposes at least one change");
    Plan plan = facts.plan();
    String currency = facts.currency();
    for (ProposedChange change : command.proposedChanges()) {
      switch (change.type()) {
        case RESCHEDULE_WORK_PACKAGE -> {
          plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
          requireOrderedDates(change.plannedStart(), change.plannedFinish(), "The work package");
        }
        case RESCHEDULE_MILESTONE -> plan.item(change.milestoneId(), ItemKind.MILESTONE);
        case CHANGE_PLANNED_COST -> {
          plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
          requireAmount(change.plannedCost(), "plannedCost", false, currency);
        }
        case INCREASE_BUDGET -> {
          plan.line(change.budgetLineId());
          requireAmount(change.amount(), "amount", true, currency);
        }
        case OPEN_BUDGET_LINE -> {
          requireNew(
              !plan.lines().containsKey(change.budgetLineId()),
              "budget line",
              change.budgetLineId());
          requireAmount(change.amount(), "amount", true, currency);
        }
        case CHANGE_DEPENDENCIES -> {
          Item item = plan.items().get(change.itemId());
          require(
              item != null,
              ErrorCode.NOT_FOUND,
              "No work package or milestone with id " + change.itemId());
          plan.item(item.id(), item.kind());
          plan.requireDependenciesExistWithoutCycle(item.id(), change.allLinks());
        }
        case CANCEL_WORK_PACKAGE -> plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
        case CANCEL_MILESTONE -> plan.item(change.milestoneId(), ItemKind.MILESTONE);
        case CHANGE_CALENDAR -> Calendars.requireValid(change.calendar());
      }
    }
    if (command.issueId() != null) {
      require(issue != null, ErrorCode.NOT_FOUND, "No issue with id " + command.issueId());
      issue.requireEscalable();
    }
    return new ChangeRequestRaised(
        facts.projectId(),
        command.changeRequestId(),
        command.title(),
        command.justification(),
        command.proposedChanges(),
        actor.userName(),
        command.issueId());
  }

  /**
   * The sponsor's approval: each proposed change becomes its event, folded in turn over a trial;
   * the changed plan must still hold (cancelled items without dependants, every item inside the
   * project and after its predecessors, the plan covered by the budget), and becomes the revised
   * baseline.
   */
  public static List<Object> approve(
      ApproveChangeRequest command, Actor actor, ProjectFacts facts, ChangeRequest request) {
    facts.requireSponsor(actor, "Only the project's sponsor decides change requests");
    facts.requireOpen();
    require(
        request != null,
        ErrorCode.NOT_FOUND,
        "No change request with id " + command.changeRequestId());
    request.requireDecidableBy(actor);
    requireOwnSignature(command.signature(), actor);
    List<Object> events = new ArrayList<>();
    events.add(
        new ChangeRequestApproved(
            facts.projectId(), request.id(), command.comment(), command.signature()));
    String reason = "Change request approved: " + request.title();
    ProjectFacts trial = facts.copy();
    for (ProposedChange change : request.changes()) {
      Object event = changed(trial, change, reason, request);
      trial.evolve(event, null);
      events.add(event);
    }
    Plan plan = trial.plan();
    Planning.requireHoldsAsOne(facts, trial);
    plan.requirePlanCoveredByBudget();
    events.add(
        new BaselineRevised(
            facts.projectId(),
            facts.baseline().number() + 1,
            plan.frozen(),
            plan.totalPlannedCost(),
            request.id()));
    return events;
  }

  /** The event one proposed change becomes, from the trial as the earlier changes left it. */
  private static Object changed(
      ProjectFacts trial, ProposedChange change, String reason, ChangeRequest request) {
    var id = trial.projectId();
    var items = trial.plan().items();
    return switch (change.type()) {
      case RESCHEDULE_WORK_PACKAGE -> {
        Item item = items.get(change.workPackageId());
        yield new WorkPackageRescheduled(
            id,
            item.id(),
            item.start(),
            item.finish(),
            change.plannedStart(),
            change.plannedFinish(),
            reason,
            request.id());
      }
      case RESCHEDULE_MILESTONE -> {
        Item item = items.get(change.milestoneId());
        yield new MilestoneRescheduled(
            id, item.id(), item.start(), change.dueDate(), reason, request.id());
      }
      case CHANGE_PLANNED_COST -> {
        Item item = items.get(change.workPackageId());
        yield new PlannedCostChanged(
            id, item.id(), item.plannedCost(), change.plannedCost(), reason, request.id());
      }
      case INCREASE_BUDGET -> {
        BudgetLine line = trial.plan().lines().get(change.budgetLineId());
        yield new BudgetIncreased(
            id, line.id(), line.amount(), line.amount().add(change.amount()), request.id());
      }
      case OPEN_BUDGET_LINE ->
          new BudgetLineOpened(
              id, change.budgetLineId(), change.category(), change.amount(), request.id());
      case CHANGE_DEPENDENCIES -> {
        // The order of dates is checked once every change of the request is folded in.
        trial.plan().requireDependenciesExistWithoutCycle(change.itemId(), change.allLinks());
        yield DependenciesChange.of(
            id, items.get(change.itemId()), change.allLinks(), reason, request.id());
      }
      case CANCEL_WORK_PACKAGE ->
          new WorkPackageCancelled(id, change.workPackageId(), reason, request.id());
      case CANCEL_MILESTONE ->
          new MilestoneCancelled(id, change.milestoneId(), reason, request.id());
      // Every link is checked under the new calendar once every change is folded in.
      case CHANGE_CALENDAR ->
          new CalendarSet(id, trial.calendar(), change.calendar(), reason, request.id());
    };
  }
}

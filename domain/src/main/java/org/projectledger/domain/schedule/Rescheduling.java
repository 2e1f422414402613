package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireOrderedDates;
import static org.projectledger.domain.state.Policies.requireReason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.RescheduleMilestone;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.Plan;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.domain.tolerance.Tolerance;

/** Moving items and re-costing them directly, within tolerance; beyond it, a change request. */
public final class Rescheduling {

  private Rescheduling() {}

  public static List<Object> workPackage(
      RescheduleWorkPackage command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    requireOrderedDates(command.plannedStart(), command.plannedFinish(), "The work package");
    return move(
        facts,
        command.workPackageId(),
        command.plannedStart(),
        command.plannedFinish(),
        command.reason(),
        command.cascade());
  }

  public static List<Object> milestone(
      RescheduleMilestone command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    facts.plan().item(command.milestoneId(), ItemKind.MILESTONE);
    return move(
        facts,
        command.milestoneId(),
        command.dueDate(),
        command.dueDate(),
        command.reason(),
        command.cascade());
  }

  /**
   * One item moved directly, its successors after it where asked: the move is folded into a trial,
   * the successors pushed there, and every moved item checked inside the project and the whole
   * within the schedule tolerance.
   */
  private static List<Object> move(
      ProjectFacts facts,
      UUID itemId,
      LocalDate start,
      LocalDate finish,
      String reason,
      boolean cascade) {
    Item before = facts.plan().items().get(itemId);
    Plan.Move asked = new Plan.Move(itemId, before.start(), before.finish(), start, finish, null);
    List<Object> events = new ArrayList<>(List.of(moved(facts, asked, reason)));
    ProjectFacts trial = facts.after(events);
    Item item = trial.plan().items().get(itemId);
    trial.requireInsideProject(item);
    trial.plan().requireAfterPredecessors(item);
    for (Plan.Move push : trial.plan().pushSuccessors(itemId, cascade)) {
      trial.requireInsideProject(trial.plan().items().get(push.itemId()));
      events.add(moved(facts, push, reason));
    }
    Tolerance.requireScheduleWithinTolerance(trial);
    return events;
  }

  /** The event that records one move: a milestone's due date, or a work package's dates. */
  static Object moved(ProjectFacts facts, Plan.Move move, String reason) {
    if (facts.plan().items().get(move.itemId()).isMilestone()) {
      return new MilestoneRescheduled(
          facts.projectId(),
          move.itemId(),
          move.oldStart(),
          move.newStart(),
          reason,
          move.causedBy());
    }
    return new WorkPackageRescheduled(
        facts.projectId(),
        move.itemId(),
        move.oldStart(),
        move.oldFinish(),
        move.newStart(),
        move.newFinish(),
        reason,
        move.causedBy());
  }

  public static List<Object> plannedCost(
      ChangePlannedCost command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    requireAmount(command.plannedCost(), "plannedCost", false, facts.currency());
    Item item = facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    List<Object> events =
        List.of(
            new PlannedCostChanged(
                facts.projectId(),
                item.id(),
                item.plannedCost(),
                command.plannedCost(),
                command.reason(),
                null));
    Planning.requireWithinBudgetAndTolerance(facts.after(events));
    return events;
  }
}

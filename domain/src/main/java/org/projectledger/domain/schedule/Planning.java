package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireOrderedDates;
import static org.projectledger.domain.state.Policies.requireText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.AssignWorkPackageOwner;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanSummary;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.SummaryPlanned;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.domain.tolerance.Tolerance;

/** Planning work packages and milestones, by hand or row by row from an imported file. */
public final class Planning {

  private Planning() {}

  public static List<Object> workPackage(PlanWorkPackage command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    ProjectFacts trial = facts.copy();
    Object planned =
        planOn(
            trial,
            command.workPackageId(),
            ItemKind.WORK_PACKAGE,
            command.name(),
            command.plannedStart(),
            command.plannedFinish(),
            command.plannedCost(),
            command.links(),
            null,
            command.parentId());
    requireWithinBudgetAndTolerance(trial);
    return List.of(planned);
  }

  public static List<Object> milestone(PlanMilestone command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    return List.of(
        planOn(
            facts.copy(),
            command.milestoneId(),
            ItemKind.MILESTONE,
            command.name(),
            command.dueDate(),
            command.dueDate(),
            BigDecimal.ZERO,
            command.links(),
            null,
            command.parentId()));
  }

  /**
   * The rules of planning one work package or milestone (DOMAIN.md): a new id, a name, a cost,
   * ordered dates, predecessors that exist without a cycle; then, folded into {@code trial}, dates
   * inside the project's and dates each link allows.
   *
   * @return the event that plans it, already folded into {@code trial}
   */
  public static Object planOn(
      ProjectFacts trial,
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal cost,
      List<Link> links) {
    return planOn(trial, id, kind, name, start, finish, cost, links, null, null);
  }

  /** The manager adds a summary element to the WBS. */
  public static List<Object> summary(PlanSummary command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    return List.of(
        summaryOn(facts.copy(), command.summaryId(), command.name(), command.parentId(), null));
  }

  /**
   * The rules of a summary element: a new id, a name, a parent that is a summary element (or none,
   * at the top); folded into {@code trial}.
   */
  public static Object summaryOn(
      ProjectFacts trial, UUID id, String name, UUID parentId, String sourceId) {
    requireNew(
        !trial.plan().items().containsKey(id) && !trial.plan().summaries().containsKey(id),
        "summary element",
        id);
    requireText(name, "name");
    trial.plan().requireParent(parentId);
    Object event = new SummaryPlanned(trial.projectId(), id, name, parentId, sourceId);
    trial.evolve(event, null);
    return event;
  }

  /**
   * The same, for an item imported from a plan file that names it {@code sourceId}, under the
   * summary element {@code parentId} (null: at the top).
   */
  public static Object planOn(
      ProjectFacts trial,
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal cost,
      List<Link> links,
      String sourceId,
      UUID parentId) {
    requireNew(!trial.plan().items().containsKey(id), "work package or milestone", id);
    requireText(name, "name");
    require(
        start != null && finish != null && cost != null,
        ErrorCode.VALIDATION_FAILED,
        kind == ItemKind.MILESTONE
            ? "A milestone needs a due date"
            : "A work package needs a start, a finish and a planned cost");
    if (kind == ItemKind.WORK_PACKAGE) {
      requireAmount(cost, "plannedCost", false, trial.currency());
      requireOrderedDates(start, finish, "The work package");
    }
    trial.plan().requireDependenciesExistWithoutCycle(id, links);
    trial.plan().requireParent(parentId);
    List<UUID> dependsOn = Link.predecessors(links);
    Object event =
        kind == ItemKind.MILESTONE
            ? new MilestonePlanned(
                trial.projectId(),
                id,
                name,
                finish,
                dependsOn,
                sourceId,
                Link.recorded(links),
                parentId)
            : new WorkPackagePlanned(
                trial.projectId(),
                id,
                name,
                start,
                finish,
                cost,
                dependsOn,
                sourceId,
                Link.recorded(links),
                parentId);
    trial.evolve(event, null);
    Item item = trial.plan().items().get(id);
    trial.requireInsideProject(item);
    trial.plan().requireAfterPredecessors(item);
    return event;
  }

  /**
   * A plan changed in several moves at once (a change request approved, a newer file imported)
   * holds as one: nothing left depends on what it cancelled, and every item lies inside the project
   * and where each of its links allows.
   */
  public static void requireHoldsAsOne(ProjectFacts before, ProjectFacts trial) {
    for (Item item : trial.plan().items().values()) {
      Item was = before.plan().items().get(item.id());
      if (item.cancelled() && was != null && !was.cancelled()) {
        trial.plan().requireNoDependants(item);
      }
    }
    for (Item item : trial.plan().live().toList()) {
      trial.requireInsideProject(item);
      trial.plan().requireAfterPredecessors(item);
    }
  }

  /** The whole plan stays covered by the budget and, after a baseline, within cost tolerance. */
  public static void requireWithinBudgetAndTolerance(ProjectFacts trial) {
    trial.plan().requirePlanCoveredByBudget();
    Tolerance.requireCostWithinTolerance(trial);
  }

  /** The manager names a work package's owner: a user, who may then report its progress. */
  public static WorkPackageOwnerAssigned owner(
      AssignWorkPackageOwner command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    Item item = facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    requireText(command.owner(), "owner");
    String previous = facts.execution().ownerOf(item.id());
    String owner = command.owner().strip();
    require(
        !owner.equals(previous),
        ErrorCode.VALIDATION_FAILED,
        owner + " owns the work package already");
    return new WorkPackageOwnerAssigned(facts.projectId(), item.id(), previous, owner);
  }
}

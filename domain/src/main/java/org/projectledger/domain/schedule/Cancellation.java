package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireReason;

import java.util.List;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.CancelMilestone;
import org.projectledger.api.schedule.CancelWorkPackage;
import org.projectledger.api.schedule.ChangeDependencies;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;

/**
 * What changes the plan's shape: cancelling an item and changing what it depends on. Directly
 * before the first baseline; after it only through an approved change request.
 */
public final class Cancellation {

  private Cancellation() {}

  /**
   * A work package no longer wanted is cancelled, never deleted. It leaves BAC, PV, EV, the
   * critical path and hand-over completeness; its recorded costs stay in AC.
   */
  public static WorkPackageCancelled workPackage(
      CancelWorkPackage command, Actor actor, ProjectFacts facts) {
    Item item =
        cancellable(facts, command.workPackageId(), ItemKind.WORK_PACKAGE, command.reason(), actor);
    return new WorkPackageCancelled(facts.projectId(), item.id(), command.reason(), null);
  }

  public static MilestoneCancelled milestone(
      CancelMilestone command, Actor actor, ProjectFacts facts) {
    Item item =
        cancellable(facts, command.milestoneId(), ItemKind.MILESTONE, command.reason(), actor);
    return new MilestoneCancelled(facts.projectId(), item.id(), command.reason(), null);
  }

  private static Item cancellable(
      ProjectFacts facts, UUID id, ItemKind kind, String reason, Actor actor) {
    facts.requireManager(actor);
    requireReason(reason);
    Item item = facts.plan().item(id, kind);
    require(
        facts.baseline() == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline %s is cancelled through a change request"
            .formatted(item.label()));
    facts.plan().requireNoDependants(item);
    return item;
  }

  /**
   * What an item depends on changes only with a reason, never into a cycle or a violated dependency
   * (checked on the plan with the change folded in).
   */
  public static List<Object> dependencies(
      ChangeDependencies command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    Item item = facts.plan().items().get(command.itemId());
    require(
        item != null,
        ErrorCode.NOT_FOUND,
        "No work package or milestone with id " + command.itemId());
    facts.plan().item(item.id(), item.kind());
    require(
        facts.baseline() == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline the dependencies of %s change through a change request"
            .formatted(item.label()));
    facts.plan().requireDependenciesExistWithoutCycle(item.id(), command.links());
    List<Object> events =
        List.of(
            DependenciesChange.of(
                facts.projectId(), item, command.links(), command.reason(), null));
    ProjectFacts trial = facts.after(events);
    trial.plan().requireAfterPredecessors(trial.plan().items().get(item.id()));
    return events;
  }
}

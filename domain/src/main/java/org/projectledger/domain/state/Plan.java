package org.projectledger.domain.state;

import static org.projectledger.domain.state.Policies.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ItemRenamed;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.schedule.SummaryPlanned;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.figures.WorkingDays;

/**
 * The schedule and the budget of one project: work packages and milestones joined by links of four
 * types with lags (DOMAIN.md, third edition), budget lines with their actuals. It changes only by
 * {@link #evolve}; a change is checked by folding its events over a copy, so a refused change
 * leaves the real plan untouched.
 */
public final class Plan {

  Map<UUID, Item> items = new LinkedHashMap<>();

  /** Every day for a project chartered before calendars existed, until one is set. */
  ProjectCalendar calendar = ProjectCalendar.EVERY_DAY;

  /** Its working days, derived from the calendar (not kept in snapshots). */
  private transient WorkingDays days;

  Map<UUID, BudgetLine> lines = new LinkedHashMap<>();
  Map<UUID, Summary> summaries = new LinkedHashMap<>();
  BigDecimal actualTotal = BigDecimal.ZERO;

  Plan copy() {
    Plan copy = new Plan();
    items.forEach((id, item) -> copy.items.put(id, item.copy()));
    lines.forEach((id, line) -> copy.lines.put(id, line.copy()));
    copy.actualTotal = actualTotal;
    copy.calendar = calendar;
    copy.days = days;
    copy.summaries = new LinkedHashMap<>(summaries);
    return copy;
  }

  /**
   * Folds one event into the plan: the only way it changes. Events that do not touch it pass by.
   */
  void evolve(Object event) {
    if (event instanceof ProjectChartered e) {
      setCalendar(e.workingCalendar());
    } else if (event instanceof CalendarSet e) {
      setCalendar(e.newCalendar());
    } else if (event instanceof WorkPackagePlanned e) {
      Item item =
          new Item(
              e.workPackageId(),
              ItemKind.WORK_PACKAGE,
              e.name(),
              e.plannedStart(),
              e.plannedFinish(),
              e.plannedCost(),
              e.allLinks());
      item.sourceId = e.sourceId();
      item.parentId = e.parentId();
      items.put(e.workPackageId(), item);
    } else if (event instanceof MilestonePlanned e) {
      Item item =
          new Item(
              e.milestoneId(),
              ItemKind.MILESTONE,
              e.name(),
              e.dueDate(),
              e.dueDate(),
              BigDecimal.ZERO,
              e.allLinks());
      item.sourceId = e.sourceId();
      item.parentId = e.parentId();
      items.put(e.milestoneId(), item);
    } else if (event instanceof SummaryPlanned e) {
      summaries.put(
          e.summaryId(), new Summary(e.summaryId(), e.name(), e.parentId(), e.sourceId()));
    } else if (event instanceof WorkPackageRescheduled e) {
      items.get(e.workPackageId()).moveTo(e.newStart(), e.newFinish());
    } else if (event instanceof MilestoneRescheduled e) {
      items.get(e.milestoneId()).moveTo(e.newDueDate(), e.newDueDate());
    } else if (event instanceof ItemRenamed e) {
      if (items.containsKey(e.itemId())) {
        items.get(e.itemId()).name = e.newName();
      } else if (summaries.containsKey(e.itemId())) {
        summaries.get(e.itemId()).name = e.newName();
      }
    } else if (event instanceof PlannedCostChanged e) {
      items.get(e.workPackageId()).plannedCost = e.newPlannedCost();
    } else if (event instanceof WorkPackageCancelled e) {
      items.get(e.workPackageId()).cancelled = true;
    } else if (event instanceof MilestoneCancelled e) {
      items.get(e.milestoneId()).cancelled = true;
    } else if (event instanceof DependenciesChanged e) {
      items.get(e.itemId()).links = new ArrayList<>(e.allNewLinks());
    } else if (event instanceof ProgressReported e) {
      Item item = items.get(e.workPackageId());
      item.percentComplete = e.newPercentComplete();
      item.actualStart = e.actualStart();
      item.actualFinish = e.actualFinish();
    } else if (event instanceof BudgetLineOpened e) {
      lines.put(e.budgetLineId(), new BudgetLine(e.budgetLineId(), e.category(), e.amount()));
    } else if (event instanceof BudgetReallocated e) {
      lines.get(e.fromBudgetLineId()).amount = e.fromNewAmount();
      lines.get(e.toBudgetLineId()).amount = e.toNewAmount();
    } else if (event instanceof BudgetIncreased e) {
      lines.get(e.budgetLineId()).amount = e.newAmount();
    } else if (event instanceof CostRecorded e) {
      lines.get(e.budgetLineId()).actual = e.lineActualAfter();
      actualTotal = actualTotal.add(e.amount());
    } else if (event instanceof CostReversed e) {
      lines.get(e.budgetLineId()).actual = e.lineActualAfter();
      actualTotal = actualTotal.subtract(e.amount());
    } else if (event instanceof MaintenanceActivityRecorded e && e.budgetLineId() != null) {
      lines.get(e.budgetLineId()).actual = e.lineActualAfter();
    }
  }

  private void setCalendar(ProjectCalendar newCalendar) {
    calendar = newCalendar;
    days = null;
  }

  public ProjectCalendar calendar() {
    return calendar;
  }

  /** Day arithmetic in the project's working days. */
  public WorkingDays days() {
    if (days == null) {
      days = WorkingDays.of(calendar);
    }
    return days;
  }

  public Item item(UUID id, ItemKind kind) {
    Item item = items.get(id);
    if (item == null || item.kind != kind) {
      throw new LedgerException(
          ErrorCode.NOT_FOUND,
          "No " + (kind == ItemKind.MILESTONE ? "milestone" : "work package") + " with id " + id);
    }
    require(
        !item.cancelled,
        ErrorCode.ITEM_CANCELLED,
        "%s was cancelled: it takes no more changes, progress or costs".formatted(item.label()));
    return item;
  }

  /** The items still in the plan: a cancelled one stays in history only. */
  public java.util.stream.Stream<Item> live() {
    return items.values().stream().filter(item -> !item.cancelled);
  }

  /** Nothing still planned depends on this item, or it could not be cancelled. */
  public void requireNoDependants(Item item) {
    List<String> dependants =
        live().filter(other -> other.dependsOn().contains(item.id)).map(Item::label).toList();
    require(
        dependants.isEmpty(),
        ErrorCode.HAS_DEPENDANTS,
        "%s cannot be cancelled while %s depend on it: change their dependencies first"
            .formatted(item.label(), String.join(", ", dependants)));
  }

  public BudgetLine line(UUID id) {
    BudgetLine line = lines.get(id);
    if (line == null) {
      throw new LedgerException(ErrorCode.NOT_FOUND, "No budget line with id " + id);
    }
    return line;
  }

  /** The plan as a baseline freezes it. */
  public List<org.projectledger.api.baselines.BaselineItem> frozen() {
    return Baseline.freeze(this);
  }

  public BigDecimal totalPlannedCost() {
    return live()
        .filter(item -> !item.isMilestone())
        .map(item -> item.plannedCost)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal totalBudget() {
    return lines.values().stream()
        .map(line -> line.amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public void requirePlanCoveredByBudget() {
    BigDecimal planned = totalPlannedCost();
    BigDecimal budget = totalBudget();
    require(
        planned.compareTo(budget) <= 0,
        ErrorCode.PLAN_EXCEEDS_BUDGET,
        "Planned cost of all work packages (%s) would exceed the total budget (%s)"
            .formatted(planned.toPlainString(), budget.toPlainString()));
  }

  /**
   * Every predecessor exists, once, each lag is within {@link Link#MAX_LAG_DAYS}, and the graph
   * stays free of cycles with this item in it.
   */
  public void requireDependenciesExistWithoutCycle(UUID itemId, List<Link> links) {
    for (Link link : links) {
      require(
          Math.abs(link.lagDays()) <= Link.MAX_LAG_DAYS,
          ErrorCode.VALIDATION_FAILED,
          "A lag of %d days is beyond the %d days a link may hold"
              .formatted(link.lagDays(), Link.MAX_LAG_DAYS));
    }
    List<UUID> dependsOn = Link.predecessors(links);
    for (UUID predecessor : dependsOn) {
      require(
          !predecessor.equals(itemId),
          ErrorCode.DEPENDENCY_CYCLE,
          "An item cannot depend on itself");
      require(
          items.containsKey(predecessor),
          ErrorCode.NOT_FOUND,
          "No work package or milestone with id " + predecessor + " to depend on");
      require(
          !items.get(predecessor).cancelled,
          ErrorCode.ITEM_CANCELLED,
          items.get(predecessor).label() + " was cancelled: nothing can depend on it");
    }
    require(
        new HashSet<>(dependsOn).size() == dependsOn.size(),
        ErrorCode.VALIDATION_FAILED,
        "dependsOn names an item twice");
    if (Violations.reaches(items, dependsOn, itemId)) {
      throw new LedgerException(
          ErrorCode.DEPENDENCY_CYCLE, "These dependencies would form a cycle");
    }
  }

  /** The item starts (or is due) no earlier than each of its links allows. */
  public void requireAfterPredecessors(Item item) {
    for (Link link : item.links) {
      Item predecessor = items.get(link.itemId());
      LocalDate earliest = item.earliestAfter(link, predecessor, days());
      require(
          !item.start.isBefore(earliest),
          ErrorCode.DEPENDENCY_VIOLATION,
          Violations.of(item, link, predecessor));
    }
  }

  List<Item> successorsOf(UUID id) {
    return live().filter(item -> item.dependsOn().contains(id)).toList();
  }

  /** One item's move, and the item whose move forced it (null for the move asked for). */
  public record Move(
      UUID itemId,
      LocalDate oldStart,
      LocalDate oldFinish,
      LocalDate newStart,
      LocalDate newFinish,
      UUID causedBy) {}

  /**
   * After {@code movedId} has moved in this plan, makes its successors follow: with {@code cascade}
   * each successor that would now start too early shifts by the days it must (and its own
   * successors after it); without, the first such successor refuses the move.
   *
   * @return the successors' moves, in the order they were made, one per item
   */
  public List<Move> pushSuccessors(UUID movedId, boolean cascade) {
    Map<UUID, Move> moves = new LinkedHashMap<>();
    Deque<UUID> work = new ArrayDeque<>(List.of(movedId));
    while (!work.isEmpty()) {
      UUID cause = work.poll();
      for (Item successor : successorsOf(cause)) {
        LocalDate earliest = earliestStart(successor);
        if (!successor.start.isBefore(earliest)) {
          continue;
        }
        Item predecessor = items.get(cause);
        require(
            cascade,
            ErrorCode.DEPENDENCY_VIOLATION,
            "%s follows %s and would have to move; reschedule with cascade to shift it"
                .formatted(successor.label(), predecessor.label()));
        // It keeps its working days: it starts on the first day its links allow.
        WorkingDays days = days();
        long span =
            successor.isMilestone() ? 0 : days.duration(successor.start, successor.finish) - 1;
        Move earlier = moves.get(successor.id);
        LocalDate oldStart = earlier == null ? successor.start : earlier.oldStart();
        LocalDate oldFinish = earlier == null ? successor.finish : earlier.oldFinish();
        successor.moveTo(earliest, days.plus(earliest, Math.max(0, span)));
        moves.put(
            successor.id,
            new Move(successor.id, oldStart, oldFinish, successor.start, successor.finish, cause));
        work.add(successor.id);
      }
    }
    return new ArrayList<>(moves.values());
  }

  private LocalDate earliestStart(Item item) {
    LocalDate earliest = LocalDate.MIN;
    for (Link link : item.links) {
      LocalDate after = item.earliestAfter(link, items.get(link.itemId()), days());
      if (after.isAfter(earliest)) {
        earliest = after;
      }
    }
    return earliest;
  }

  public Map<UUID, Item> items() {
    return items;
  }

  public Map<UUID, BudgetLine> lines() {
    return lines;
  }

  /** The WBS's summary elements. */
  public Map<UUID, Summary> summaries() {
    return summaries;
  }

  /** An element of the WBS may sit under a summary element that exists, or at the top (null). */
  public void requireParent(UUID parentId) {
    require(
        parentId == null || summaries.containsKey(parentId),
        ErrorCode.NOT_FOUND,
        "No summary element with id " + parentId + " to sit under");
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Plan other
        && Objects.equals(items, other.items)
        && Objects.equals(lines, other.lines)
        && Objects.equals(calendar, other.calendar)
        && Objects.equals(summaries, other.summaries)
        && Objects.equals(actualTotal, other.actualTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, lines, actualTotal);
  }
}

package org.projectledger.query.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ScheduleView;
import org.projectledger.figures.CriticalPath;
import org.projectledger.figures.CriticalPath.Timing;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.figures.WorkingDays;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.project.ProjectPlans.SummaryItem;

/**
 * The schedule of a project's facts for a status date: every element of the WBS in its order, each
 * work package and milestone against its baseline, with float and the critical path, and each
 * summary element rolled up from those under it (DOMAIN.md, third edition): its dates the earliest
 * start and latest finish, its cost, earned value, planned value and actual cost the sums, its
 * progress the share of its cost earned, critical when any element under it is. The WBS code
 * follows the order: within a parent, elements by their (rolled-up) start, then as recorded. Shared
 * by the schedule read and the schedule exports.
 */
public final class Schedules {

  private Schedules() {}

  public static ScheduleView of(UUID projectId, ProjectFacts facts, LocalDate date) {
    long version = facts.header().version();
    List<PlannedItem> items = facts.itemsOn(date);
    Integer baselineNumber = facts.baselineNumber();
    Map<UUID, FrozenItem> baseline = facts.baseline();
    WorkingDays days = facts.workingDays();
    Map<UUID, Timing> timings =
        CriticalPath.of(items.stream().map(PlannedItem::node).toList(), days);
    Map<UUID, ScheduleTolerance.Actual> actuals = facts.actualDatesOn(date);

    Map<UUID, EarnedValue.Exact> earned = facts.earnedValueByWorkPackage(date);
    Map<UUID, ScheduleView.Item> leaves = new LinkedHashMap<>();
    List<UUID> critical = new ArrayList<>();
    for (PlannedItem item : items) {
      FrozenItem frozen = baseline.get(item.id());
      Timing timing = timings.get(item.id());
      if (timing.critical()) {
        critical.add(item.id());
      }
      EarnedValue.Exact exact = earned.get(item.id());
      FileBaseline file = facts.fileBaselines().get(item.id());
      leaves.put(
          item.id(),
          new ScheduleView.Item(
              item.id(),
              item.kind(),
              item.name(),
              item.start(),
              item.finish(),
              frozen == null ? null : frozen.start(),
              frozen == null ? null : frozen.finish(),
              frozen == null ? null : days.between(frozen.finish(), item.finish()),
              item.isMilestone() ? null : item.plannedCost(),
              item.percentComplete(),
              item.dependsOn(),
              timing.earlyStart(),
              timing.earlyFinish(),
              timing.lateStart(),
              timing.lateFinish(),
              timing.totalFloat(),
              timing.critical(),
              Lateness.isLate(item, items, date),
              actuals.containsKey(item.id()) ? actuals.get(item.id()).start() : null,
              actuals.containsKey(item.id()) ? actuals.get(item.id()).finish() : null,
              item.sourceId(),
              item.links(),
              known(item.parentId(), facts.summaries()),
              null,
              exact == null ? null : money(exact.pv(), facts),
              exact == null ? null : money(exact.ev(), facts),
              exact == null ? null : money(exact.ac(), facts),
              file == null ? null : file.start(),
              file == null ? null : file.finish(),
              file == null || file.cost() == null ? null : money(file.cost(), facts)));
    }
    List<ScheduleView.Item> rows = new Wbs(facts, earned, days, leaves).rows();
    return new ScheduleView(
        projectId,
        date,
        baselineNumber,
        timings.values().stream().map(Timing::earlyFinish).max(LocalDate::compareTo).orElse(null),
        rows,
        critical,
        version,
        facts.calendar());
  }

  /** The parent, where it is a summary element the project holds; else the top. */
  private static UUID known(UUID parentId, List<SummaryItem> summaries) {
    return parentId != null && summaries.stream().anyMatch(s -> s.id().equals(parentId))
        ? parentId
        : null;
  }

  private static BigDecimal money(BigDecimal value, ProjectFacts facts) {
    return EarnedValue.money(value, facts.header().currency());
  }

  /** The tree of the WBS: summaries rolled up, every element with its code, depth first. */
  private static final class Wbs {

    private final ProjectFacts facts;
    private final Map<UUID, EarnedValue.Exact> earned;
    private final WorkingDays days;
    private final Map<UUID, ScheduleView.Item> leaves;
    private final Map<UUID, SummaryItem> summaries = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();
    private final Map<UUID, ScheduleView.Item> rolled = new HashMap<>();
    private final Map<UUID, Integer> recorded = new HashMap<>();

    Wbs(
        ProjectFacts facts,
        Map<UUID, EarnedValue.Exact> earned,
        WorkingDays days,
        Map<UUID, ScheduleView.Item> leaves) {
      this.facts = facts;
      this.earned = earned;
      this.days = days;
      this.leaves = leaves;
      facts.summaries().forEach(summary -> summaries.put(summary.id(), summary));
      int order = 0;
      for (SummaryItem summary : summaries.values()) {
        recorded.put(summary.id(), order++);
        children.computeIfAbsent(summary.parentId(), key -> new ArrayList<>()).add(summary.id());
      }
      for (ScheduleView.Item leaf : leaves.values()) {
        recorded.put(leaf.itemId(), order++);
        children.computeIfAbsent(leaf.parentId(), key -> new ArrayList<>()).add(leaf.itemId());
      }
    }

    List<ScheduleView.Item> rows() {
      List<ScheduleView.Item> rows = new ArrayList<>();
      walk(null, "", rows);
      return rows;
    }

    private void walk(UUID parent, String prefix, List<ScheduleView.Item> rows) {
      List<UUID> under = new ArrayList<>(children.getOrDefault(parent, List.of()));
      under.removeIf(id -> summaries.containsKey(id) && roll(id) == null);
      under.sort(
          Comparator.comparing((UUID id) -> row(id).plannedStart()).thenComparing(recorded::get));
      int number = 0;
      for (UUID id : under) {
        String code = prefix + (++number);
        rows.add(withCode(row(id), code));
        walk(id, code + ".", rows);
      }
    }

    private ScheduleView.Item row(UUID id) {
      return summaries.containsKey(id) ? roll(id) : leaves.get(id);
    }

    /** A summary rolled up from what lies under it; null when nothing planned does. */
    private ScheduleView.Item roll(UUID id) {
      if (rolled.containsKey(id)) {
        return rolled.get(id);
      }
      rolled.put(id, null);
      Set<UUID> workPackages = new HashSet<>();
      List<ScheduleView.Item> under = new ArrayList<>();
      collect(id, under, workPackages, new HashSet<>());
      if (under.isEmpty()) {
        return null;
      }
      SummaryItem summary = summaries.get(id);
      // BAC, PV, EV and AC add up over the work packages under it (EVM sums leaves only).
      BigDecimal bac = sum(workPackages, EarnedValue.Exact::bac);
      BigDecimal pv = sum(workPackages, EarnedValue.Exact::pv);
      BigDecimal ev = sum(workPackages, EarnedValue.Exact::ev);
      BigDecimal ac = sum(workPackages, EarnedValue.Exact::ac);
      LocalDate baselineStart = min(under.stream().map(ScheduleView.Item::baselineStart).toList());
      LocalDate baselineFinish =
          max(under.stream().map(ScheduleView.Item::baselineFinish).toList());
      LocalDate finish = max(under.stream().map(ScheduleView.Item::plannedFinish).toList());
      boolean allFinished = under.stream().allMatch(item -> item.actualFinish() != null);
      ScheduleView.Item row =
          new ScheduleView.Item(
              id,
              ItemKind.SUMMARY,
              summary.name(),
              min(under.stream().map(ScheduleView.Item::plannedStart).toList()),
              finish,
              baselineStart,
              baselineFinish,
              baselineFinish == null ? null : days.between(baselineFinish, finish),
              money(bac, facts),
              bac.signum() == 0
                  ? 0
                  : ev.multiply(BigDecimal.valueOf(100))
                      .divide(bac, 0, RoundingMode.HALF_EVEN)
                      .intValue(),
              List.of(),
              min(under.stream().map(ScheduleView.Item::earlyStart).toList()),
              max(under.stream().map(ScheduleView.Item::earlyFinish).toList()),
              min(under.stream().map(ScheduleView.Item::lateStart).toList()),
              max(under.stream().map(ScheduleView.Item::lateFinish).toList()),
              under.stream().mapToLong(ScheduleView.Item::totalFloat).min().orElse(0),
              under.stream().anyMatch(ScheduleView.Item::critical),
              under.stream().anyMatch(ScheduleView.Item::late),
              min(under.stream().map(ScheduleView.Item::actualStart).toList()),
              allFinished
                  ? max(under.stream().map(ScheduleView.Item::actualFinish).toList())
                  : null,
              summary.sourceId(),
              List.of(),
              summaries.containsKey(summary.parentId()) ? summary.parentId() : null,
              null,
              money(pv, facts),
              money(ev, facts),
              money(ac, facts),
              min(under.stream().map(ScheduleView.Item::fileBaselineStart).toList()),
              max(under.stream().map(ScheduleView.Item::fileBaselineFinish).toList()),
              under.stream()
                  .map(ScheduleView.Item::fileBaselineCost)
                  .filter(Objects::nonNull)
                  .reduce(BigDecimal::add)
                  .orElse(null));
      rolled.put(id, row);
      return row;
    }

    private BigDecimal sum(
        Set<UUID> workPackages, java.util.function.Function<EarnedValue.Exact, BigDecimal> figure) {
      return workPackages.stream()
          .map(earned::get)
          .filter(Objects::nonNull)
          .map(figure)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The work packages and milestones anywhere under {@code id}. */
    private void collect(
        UUID id, List<ScheduleView.Item> under, Set<UUID> workPackages, Set<UUID> seen) {
      if (!seen.add(id)) {
        return;
      }
      for (UUID child : children.getOrDefault(id, List.of())) {
        if (summaries.containsKey(child)) {
          collect(child, under, workPackages, seen);
        } else {
          ScheduleView.Item leaf = leaves.get(child);
          under.add(leaf);
          if (leaf.kind() == ItemKind.WORK_PACKAGE) {
            workPackages.add(child);
          }
        }
      }
    }

    private static LocalDate min(List<LocalDate> dates) {
      return dates.stream().filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate max(List<LocalDate> dates) {
      return dates.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    private static ScheduleView.Item withCode(ScheduleView.Item item, String code) {
      return new ScheduleView.Item(
          item.itemId(),
          item.kind(),
          item.name(),
          item.plannedStart(),
          item.plannedFinish(),
          item.baselineStart(),
          item.baselineFinish(),
          item.finishVarianceDays(),
          item.plannedCost(),
          item.percentComplete(),
          item.dependsOn(),
          item.earlyStart(),
          item.earlyFinish(),
          item.lateStart(),
          item.lateFinish(),
          item.totalFloat(),
          item.critical(),
          item.late(),
          item.actualStart(),
          item.actualFinish(),
          item.sourceId(),
          item.links(),
          item.parentId(),
          code,
          item.plannedValue(),
          item.earnedValue(),
          item.actualCost(),
          item.fileBaselineStart(),
          item.fileBaselineFinish(),
          item.fileBaselineCost());
    }
  }
}

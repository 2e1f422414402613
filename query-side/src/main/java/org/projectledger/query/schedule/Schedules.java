package org.projectledger.query.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.schedule.ScheduleView;
import org.projectledger.figures.CriticalPath;
import org.projectledger.figures.CriticalPath.Timing;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.figures.WorkingDays;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;

/**
 * The schedule of a project's facts for a status date: every item against its baseline, with float
 * and the critical path. Shared by the schedule read and the schedule exports.
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
    List<ScheduleView.Item> rows = new ArrayList<>();
    List<UUID> critical = new ArrayList<>();
    for (PlannedItem item : items) {
      FrozenItem frozen = baseline.get(item.id());
      Timing timing = timings.get(item.id());
      if (timing.critical()) {
        critical.add(item.id());
      }
      rows.add(
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
              item.links()));
    }
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
}

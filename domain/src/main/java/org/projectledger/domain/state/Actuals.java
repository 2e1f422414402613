package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.baselines.BaselineItem;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.EarnedValue.Cost;
import org.projectledger.figures.EarnedValue.Progress;
import org.projectledger.figures.EarnedValue.Reference;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.figures.WorkingDays;

/**
 * What was reported and spent, each with its date: the facts earned value is measured from. The
 * aggregate hands them with its plan and latest baseline to the one definition of the figures
 * ({@link EarnedValue}), the same that the dashboard uses.
 */
public final class Actuals {

  /** A cost as recorded: the event that recorded it, what it booked, whether it was reversed. */
  public record RecordedCost(
      UUID eventId,
      UUID budgetLineId,
      UUID workPackageId,
      BigDecimal amount,
      LocalDate incurredOn,
      boolean reversed) {}

  /** A report's actual dates, by its status date and the order recorded (as its progress). */
  public record ReportedDates(
      UUID workPackageId,
      LocalDate statusDate,
      int order,
      LocalDate actualStart,
      LocalDate actualFinish) {}

  List<Progress> progress = new ArrayList<>();
  List<ReportedDates> dates = new ArrayList<>();
  Map<UUID, RecordedCost> costs = new LinkedHashMap<>();

  Actuals copy() {
    Actuals copy = new Actuals();
    copy.progress.addAll(progress);
    copy.dates.addAll(dates);
    copy.costs.putAll(costs);
    return copy;
  }

  /** Folds one event in; {@code eventId} is the id of the event itself (null on a trial). */
  void evolve(Object event, UUID eventId) {
    if (event instanceof ProgressReported e) {
      dates.add(
          new ReportedDates(
              e.workPackageId(),
              e.statusDate(),
              progress.size(),
              e.actualStart(),
              e.actualFinish()));
      progressed(e.workPackageId(), e.statusDate(), e.newPercentComplete());
    } else if (event instanceof CostRecorded e) {
      spent(
          e.costId(),
          new RecordedCost(
              eventId, e.budgetLineId(), e.workPackageId(), e.amount(), e.incurredOn(), false));
    } else if (event instanceof CostReversed e) {
      reversed(e.costId());
    }
  }

  private void progressed(UUID workPackageId, LocalDate statusDate, int percentComplete) {
    progress.add(new Progress(workPackageId, statusDate, progress.size(), percentComplete));
  }

  private void spent(UUID costId, RecordedCost cost) {
    costs.put(costId, cost);
  }

  /** A reversed cost leaves the actuals from its reversal on; its record stays. */
  private void reversed(UUID costId) {
    RecordedCost cost = costs.get(costId);
    costs.put(
        costId,
        new RecordedCost(
            cost.eventId(),
            cost.budgetLineId(),
            cost.workPackageId(),
            cost.amount(),
            cost.incurredOn(),
            true));
  }

  /** Each work package's percent complete as last reported on or before {@code statusDate}. */
  public Map<UUID, Integer> percentCompleteOn(LocalDate statusDate) {
    // The latest by status date, then by the order recorded, as earned value takes it.
    Map<UUID, Progress> latest = new HashMap<>();
    for (Progress report : progress) {
      if (!report.statusDate().isAfter(statusDate)) {
        latest.merge(
            report.workPackageId(),
            report,
            (kept, next) -> next.statusDate().isBefore(kept.statusDate()) ? kept : next);
      }
    }
    Map<UUID, Integer> percent = new HashMap<>();
    latest.forEach((id, report) -> percent.put(id, report.percentComplete()));
    return percent;
  }

  /**
   * Each work package's actual start and finish as the latest report on or before {@code
   * statusDate} gives them (the report latest by status date, then by the order recorded).
   */
  public Map<UUID, ScheduleTolerance.Actual> actualDatesOn(LocalDate statusDate) {
    Map<UUID, ReportedDates> latest = new HashMap<>();
    for (ReportedDates report : dates) {
      if (!report.statusDate().isAfter(statusDate)) {
        latest.merge(
            report.workPackageId(),
            report,
            (kept, next) -> next.statusDate().isBefore(kept.statusDate()) ? kept : next);
      }
    }
    Map<UUID, ScheduleTolerance.Actual> actual = new HashMap<>();
    latest.forEach(
        (id, report) ->
            actual.put(
                id, new ScheduleTolerance.Actual(report.actualStart(), report.actualFinish())));
    return actual;
  }

  /** Earned value on {@code statusDate}, each work package against the latest baseline. */
  public EarnedValue.Exact on(
      LocalDate statusDate, Plan plan, Baseline baseline, WorkingDays days) {
    List<Reference> current = new ArrayList<>();
    plan.live()
        .filter(item -> item.kind == ItemKind.WORK_PACKAGE)
        .forEach(
            item -> current.add(new Reference(item.id, item.plannedCost, item.start, item.finish)));
    Map<UUID, Reference> frozen = new HashMap<>();
    if (baseline != null) {
      for (BaselineItem item : baseline.items.values()) {
        if (item.kind() == ItemKind.WORK_PACKAGE) {
          frozen.put(
              item.itemId(),
              new Reference(
                  item.itemId(), item.plannedCost(), item.plannedStart(), item.plannedFinish()));
        }
      }
    }
    List<Cost> spent =
        costs.values().stream()
            .filter(cost -> !cost.reversed())
            .map(cost -> new Cost(cost.amount(), cost.incurredOn()))
            .toList();
    return EarnedValue.at(
        statusDate, EarnedValue.measuredAgainst(current, frozen), progress, spent, days);
  }

  public Map<UUID, RecordedCost> costs() {
    return costs;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Actuals other
        && Objects.equals(progress, other.progress)
        && Objects.equals(dates, other.dates)
        && Objects.equals(costs, other.costs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(progress, dates, costs);
  }
}

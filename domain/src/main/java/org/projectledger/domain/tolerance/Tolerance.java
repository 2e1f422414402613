package org.projectledger.domain.tolerance;

import static org.projectledger.domain.state.Policies.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;
import org.projectledger.domain.state.Baseline;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.figures.CostTolerance;
import org.projectledger.figures.CriticalPath;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.ScheduleTolerance;

/**
 * PRINCE2's tolerances, twice: as limits on what the manager may change directly (the policies),
 * and as exceptions raised and cleared as the figures move (the measures). Both measure against the
 * latest baseline by the one definition of the figures in the {@code figures} module.
 */
public final class Tolerance {

  private Tolerance() {}

  /** Which exceptions a command may move. */
  public enum Moves {
    COST,
    SCHEDULE,
    BOTH
  }

  /**
   * The exceptions raised or cleared on {@code statusDate}: {@code ToleranceBreached} when a figure
   * leaves its tolerance, {@code ToleranceRestored} when it comes back; nothing before the first
   * baseline, nothing when nothing changed.
   */
  public static List<Object> measure(
      ProjectFacts facts, LocalDate statusDate, UUID cause, Moves moves) {
    List<Object> events = new ArrayList<>();
    if (facts.baseline() == null) {
      return events;
    }
    if (moves != Moves.SCHEDULE) {
      cost(facts, statusDate, cause, events);
    }
    if (moves != Moves.COST) {
      schedule(facts, statusDate, cause, events);
    }
    return events;
  }

  /** The ledger's own daily check: only a project in execution is measured. */
  public static List<Object> daily(ProjectFacts facts, LocalDate statusDate) {
    return facts.state() == ProjectState.EXECUTING
        ? measure(facts, statusDate, null, Moves.BOTH)
        : List.of();
  }

  /**
   * The cost exception: EAC on {@code statusDate} (the dashboard's earned value) beyond the latest
   * baseline's total plus its tolerance.
   */
  private static void cost(ProjectFacts facts, LocalDate statusDate, UUID cause, List<Object> out) {
    Baseline baseline = facts.baseline();
    BigDecimal percent = facts.tolerances().costPercent();
    BigDecimal limit = CostTolerance.limit(baseline.totalPlannedCost(), percent);
    BigDecimal estimate = facts.earnedValueOn(statusDate).eac();
    boolean within = CostTolerance.within(estimate, limit);
    if (!within && !facts.costToleranceBreached()) {
      out.add(
          new ToleranceBreached(
              facts.projectId(),
              ToleranceKind.COST,
              cause,
              baseline.number(),
              baseline.totalPlannedCost(),
              percent,
              EarnedValue.money(limit, facts.currency()),
              EarnedValue.money(estimate, facts.currency())));
    } else if (within && facts.costToleranceBreached()) {
      out.add(
          new ToleranceRestored(
              facts.projectId(),
              ToleranceKind.COST,
              cause,
              baseline.number(),
              EarnedValue.money(limit, facts.currency()),
              EarnedValue.money(estimate, facts.currency())));
    }
  }

  /**
   * The schedule exception: the forecast finish on {@code statusDate} (the critical path with late
   * unfinished work moved on, {@link ScheduleTolerance}) later than the latest baseline's finish
   * plus its days.
   */
  private static void schedule(
      ProjectFacts facts, LocalDate statusDate, UUID cause, List<Object> out) {
    Baseline baseline = facts.baseline();
    LocalDate baselineFinish =
        baseline.items().values().stream()
            .map(item -> item.plannedFinish())
            .max(LocalDate::compareTo)
            .orElse(null);
    if (baselineFinish == null) {
      return;
    }
    int days = facts.tolerances().scheduleDays();
    LocalDate limit = ScheduleTolerance.limit(baselineFinish, days, facts.workingDays());
    LocalDate forecast =
        ScheduleTolerance.forecastFinish(
            facts
                .plan()
                .live()
                .map(
                    item ->
                        new CriticalPath.Node(
                            item.id(),
                            item.isMilestone(),
                            item.start(),
                            item.finish(),
                            item.links()))
                .toList(),
            facts.actuals().percentCompleteOn(statusDate),
            facts.actuals().actualDatesOn(statusDate),
            statusDate,
            facts.workingDays());
    boolean within = ScheduleTolerance.within(forecast, limit);
    if (!within && !facts.scheduleToleranceBreached()) {
      out.add(
          new ToleranceBreached(
              facts.projectId(),
              ToleranceKind.SCHEDULE,
              cause,
              baseline.number(),
              null,
              null,
              null,
              null,
              baselineFinish,
              days,
              forecast));
    } else if (within && facts.scheduleToleranceBreached()) {
      out.add(
          new ToleranceRestored(
              facts.projectId(),
              ToleranceKind.SCHEDULE,
              cause,
              baseline.number(),
              null,
              null,
              limit,
              forecast));
    }
  }

  /** After a baseline, every baselined finish of the trial stays within the schedule tolerance. */
  public static void requireScheduleWithinTolerance(ProjectFacts trial) {
    Baseline baseline = trial.baseline();
    if (baseline == null) {
      return;
    }
    int days = trial.tolerances().scheduleDays();
    for (var frozen : baseline.items().values()) {
      Item item = trial.plan().items().get(frozen.itemId());
      if (item.cancelled()) {
        continue;
      }
      long drift = Math.abs(trial.workingDays().between(frozen.plannedFinish(), item.finish()));
      require(
          drift <= days,
          ErrorCode.TOLERANCE_EXCEEDED,
          "%s would finish %d days from its baseline (%s); the tolerance is %d days: raise a change request"
              .formatted(item.label(), drift, frozen.plannedFinish(), days));
    }
  }

  /** After a baseline, the trial's total planned cost stays within the baseline's tolerance. */
  public static void requireCostWithinTolerance(ProjectFacts trial) {
    Baseline baseline = trial.baseline();
    if (baseline == null) {
      return;
    }
    BigDecimal total = trial.plan().totalPlannedCost();
    BigDecimal percent = trial.tolerances().costPercent();
    BigDecimal allowed = baseline.totalPlannedCost().multiply(percent).movePointLeft(2);
    require(
        total.subtract(baseline.totalPlannedCost()).abs().compareTo(allowed) <= 0,
        ErrorCode.TOLERANCE_EXCEEDED,
        "Total planned cost would be %s against a baseline of %s; the tolerance is %s%%: raise a change request"
            .formatted(
                total.toPlainString(),
                baseline.totalPlannedCost().toPlainString(),
                percent.toPlainString()));
  }
}

package org.projectledger.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.figures.CriticalPath.Node;
import org.projectledger.figures.CriticalPath.Timing;

/**
 * PRINCE2's schedule tolerance (DOMAIN.md, second edition): the forecast finish may be later than
 * the latest baseline's finish by at most {@code scheduleDays}. The forecast runs the critical path
 * over the current dates, where an unfinished work package whose planned finish has passed is moved
 * to finish no earlier than the status date plus its remaining share of its duration: so lateness,
 * not only reschedules, moves the forecast. The dashboard shows it and the aggregate raises and
 * clears its exception by this one rule.
 */
public final class ScheduleTolerance {

  private ScheduleTolerance() {}

  /** A work package's actual start and finish as reported by the status date (either null). */
  public record Actual(LocalDate start, LocalDate finish) {}

  /**
   * The forecast finish on {@code statusDate}: the latest early finish of the critical path over
   * the items as planned now, late unfinished work moved as above; null when nothing is planned.
   */
  /**
   * The same, where work has actually started or finished (DOMAIN.md third edition, "Actuals in
   * time"): what happened replaces the plan. A work package that finished lies from its actual
   * start to its actual finish; one that started runs from its actual start for its planned
   * duration, or, once that has passed, to the status date plus its remaining share. Either is a
   * fact no longer held back by its predecessors; its successors follow it.
   */
  public static LocalDate forecastFinish(
      List<Node> items,
      Map<UUID, Integer> percentComplete,
      Map<UUID, Actual> actuals,
      LocalDate statusDate,
      WorkingDays days) {
    List<Node> forecast = new ArrayList<>();
    for (Node item : items) {
      int done = percentComplete.getOrDefault(item.id(), 0);
      Actual actual = item.milestone() ? null : actuals.get(item.id());
      if (actual != null && actual.finish() != null) {
        LocalDate start =
            actual.start() != null && !actual.start().isAfter(actual.finish())
                ? actual.start()
                : actual.finish();
        forecast.add(new Node(item.id(), false, start, actual.finish(), List.of()));
        continue;
      }
      if (actual != null && actual.start() != null && done < 100) {
        LocalDate expected = days.plus(days.onOrAfter(actual.start()), item.duration(days) - 1);
        LocalDate finish =
            expected.isBefore(statusDate)
                ? days.plus(statusDate, remaining(item, done, days))
                : expected;
        forecast.add(new Node(item.id(), false, actual.start(), finish, List.of()));
        continue;
      }
      if (item.milestone() || done >= 100 || !item.plannedFinish().isBefore(statusDate)) {
        forecast.add(item);
        continue;
      }
      forecast.add(
          new Node(
              item.id(),
              false,
              item.plannedStart(),
              days.plus(statusDate, remaining(item, done, days)),
              item.links()));
    }
    return CriticalPath.of(forecast, days).values().stream()
        .map(Timing::earlyFinish)
        .max(LocalDate::compareTo)
        .orElse(null);
  }

  /** The working days of a work package still to run at {@code done} percent, rounded up. */
  private static long remaining(Node item, int done, WorkingDays days) {
    return BigDecimal.valueOf(item.duration(days) * (100 - done))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
        .longValue();
  }

  /** The latest forecast finish within tolerance: the baseline's finish plus its working days. */
  public static LocalDate limit(LocalDate baselineFinish, int scheduleDays, WorkingDays days) {
    return days.plus(baselineFinish, scheduleDays);
  }

  /** Whether a forecast finish lies within the limit; no forecast (nothing planned) is within. */
  public static boolean within(LocalDate forecastFinish, LocalDate limit) {
    return forecastFinish == null || !forecastFinish.isAfter(limit);
  }
}

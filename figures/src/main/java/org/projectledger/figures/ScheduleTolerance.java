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

  /**
   * The forecast finish on {@code statusDate}: the latest early finish of the critical path over
   * the items as planned now, late unfinished work moved as above; null when nothing is planned.
   */
  public static LocalDate forecastFinish(
      List<Node> items, Map<UUID, Integer> percentComplete, LocalDate statusDate) {
    List<Node> forecast = new ArrayList<>();
    for (Node item : items) {
      int done = percentComplete.getOrDefault(item.id(), 0);
      if (item.milestone() || done >= 100 || !item.plannedFinish().isBefore(statusDate)) {
        forecast.add(item);
        continue;
      }
      long remaining =
          BigDecimal.valueOf(item.duration() * (100 - done))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
              .longValue();
      forecast.add(
          new Node(
              item.id(),
              false,
              item.plannedStart(),
              statusDate.plusDays(remaining),
              item.dependsOn()));
    }
    return CriticalPath.of(forecast).values().stream()
        .map(Timing::earlyFinish)
        .max(LocalDate::compareTo)
        .orElse(null);
  }

  /** The latest forecast finish within tolerance: the baseline's finish plus its days. */
  public static LocalDate limit(LocalDate baselineFinish, int scheduleDays) {
    return baselineFinish.plusDays(scheduleDays);
  }

  /** Whether a forecast finish lies within the limit; no forecast (nothing planned) is within. */
  public static boolean within(LocalDate forecastFinish, LocalDate limit) {
    return forecastFinish == null || !forecastFinish.isAfter(limit);
  }
}

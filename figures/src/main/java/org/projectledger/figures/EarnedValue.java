package org.projectledger.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.projectledger.api.Currencies;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;

/**
 * Earned value exactly as DOMAIN.md defines it, for one status date, in full decimal precision;
 * rounded only in {@link #shown}, half-even, money to 2 decimals and indices to 3.
 *
 * <p>Each work package is measured against its latest baseline (cost, start, finish); one planned
 * after that baseline is measured against its current plan until the next baseline. Where CPI is
 * null or zero (nothing spent, or nothing earned yet), EAC is AC + (BAC − EV): what was spent plus
 * what remains at plan.
 *
 * <p>This is the one definition: the aggregate's tolerance rule, the dashboard, the portfolio, the
 * exports and the weekly digests all hand their facts to {@link #at}.
 */
public final class EarnedValue {

  /** A work package's reference values. */
  public record Reference(
      UUID workPackageId, BigDecimal plannedCost, LocalDate start, LocalDate finish) {}

  /** A progress report: on {@code statusDate}, {@code percentComplete}; later ones win ties. */
  public record Progress(
      UUID workPackageId, LocalDate statusDate, long sequence, int percentComplete) {}

  /** An actual cost. */
  public record Cost(BigDecimal amount, LocalDate incurredOn) {}

  /** The figures, unrounded; null where DOMAIN.md says null. */
  public record Exact(
      BigDecimal bac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal ac,
      BigDecimal cv,
      BigDecimal sv,
      BigDecimal cpi,
      BigDecimal spi,
      BigDecimal eac,
      BigDecimal etc,
      BigDecimal vac,
      BigDecimal tcpi) {}

  /**
   * The figures as shown: money to the currency's minor unit (2 decimals for EUR, 0 for JPY, 3 for
   * KWD), indices to 3, half-even.
   */
  public static EarnedValueFigures shown(Exact exact, String currency) {
    return new EarnedValueFigures(
        money(exact.bac(), currency),
        money(exact.pv(), currency),
        money(exact.ev(), currency),
        money(exact.ac(), currency),
        money(exact.cv(), currency),
        money(exact.sv(), currency),
        index(exact.cpi()),
        index(exact.spi()),
        money(exact.eac(), currency),
        money(exact.etc(), currency),
        money(exact.vac(), currency),
        index(exact.tcpi()));
  }

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private EarnedValue() {}

  public static Exact at(
      LocalDate statusDate,
      List<Reference> workPackages,
      List<Progress> progress,
      List<Cost> costs,
      WorkingDays days) {
    BigDecimal bac = BigDecimal.ZERO;
    BigDecimal pv = BigDecimal.ZERO;
    BigDecimal ev = BigDecimal.ZERO;
    Map<UUID, Integer> complete = percentCompleteOn(statusDate, progress);
    for (Reference work : workPackages) {
      bac = bac.add(work.plannedCost());
      pv = pv.add(work.plannedCost().multiply(plannedFraction(work, statusDate, days), PRECISION));
      ev =
          ev.add(
              work.plannedCost()
                  .multiply(BigDecimal.valueOf(complete.getOrDefault(work.workPackageId(), 0)))
                  .divide(BigDecimal.valueOf(100), PRECISION));
    }
    BigDecimal ac =
        costs.stream()
            .filter(cost -> !cost.incurredOn().isAfter(statusDate))
            .map(Cost::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cpi = ratio(ev, ac);
    BigDecimal spi = ratio(ev, pv);
    BigDecimal eac =
        cpi == null || cpi.signum() == 0 ? ac.add(bac.subtract(ev)) : bac.divide(cpi, PRECISION);
    return new Exact(
        bac,
        pv,
        ev,
        ac,
        ev.subtract(ac),
        ev.subtract(pv),
        cpi,
        spi,
        eac,
        eac.subtract(ac),
        bac.subtract(eac),
        ratio(bac.subtract(ev), bac.subtract(ac)));
  }

  /**
   * The values each work package is measured against: its latest baseline's cost and dates where
   * the baseline froze it, else its current plan (a work package planned after the baseline).
   */
  public static List<Reference> measuredAgainst(
      List<Reference> current, Map<UUID, Reference> baseline) {
    return current.stream().map(work -> baseline.getOrDefault(work.workPackageId(), work)).toList();
  }

  /**
   * f of DOMAIN.md: 0 before the start, 1 from the finish on, else the share of working days
   * elapsed (the status date counted).
   */
  public static BigDecimal plannedFraction(Reference work, LocalDate statusDate, WorkingDays days) {
    if (statusDate.isBefore(work.start())) {
      return BigDecimal.ZERO;
    }
    if (!statusDate.isBefore(work.finish())) {
      return BigDecimal.ONE;
    }
    long elapsed = days.duration(work.start(), statusDate);
    long duration = Math.max(1, days.duration(work.start(), work.finish()));
    return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(duration), PRECISION);
  }

  /** The latest report on or before the status date for each work package. */
  private static Map<UUID, Integer> percentCompleteOn(
      LocalDate statusDate, List<Progress> progress) {
    return progress.stream()
        .filter(report -> !report.statusDate().isAfter(statusDate))
        .collect(
            Collectors.groupingBy(
                Progress::workPackageId,
                Collectors.collectingAndThen(
                    Collectors.maxBy(
                        Comparator.comparing(Progress::statusDate)
                            .thenComparingLong(Progress::sequence)),
                    latest -> latest.orElseThrow().percentComplete())));
  }

  private static BigDecimal ratio(BigDecimal dividend, BigDecimal divisor) {
    return divisor.signum() == 0 ? null : dividend.divide(divisor, PRECISION);
  }

  /** A figure in money as shown: in the currency's minor unit ({@link Currencies#inMinorUnit}). */
  public static BigDecimal money(BigDecimal value, String currency) {
    return Currencies.inMinorUnit(value, currency);
  }

  public static BigDecimal index(BigDecimal value) {
    return value == null ? null : value.setScale(3, RoundingMode.HALF_EVEN);
  }
}

package org.projectledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.figures.EarnedValue.Cost;
import org.projectledger.figures.EarnedValue.Progress;
import org.projectledger.figures.EarnedValue.Reference;

/**
 * Earned value worked out by hand from DOMAIN.md. Three work packages: A 10,000 over 1–10 Jan (10
 * days), B 20,000 over 6–25 Jan (20 days), C 6,000 over 20 Jan–18 Feb (30 days); BAC 36,000.
 */
class EarnedValueTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

  private static final List<Reference> WORK =
      List.of(
          new Reference(A, new BigDecimal("10000"), d("2026-01-01"), d("2026-01-10")),
          new Reference(B, new BigDecimal("20000"), d("2026-01-06"), d("2026-01-25")),
          new Reference(C, new BigDecimal("6000"), d("2026-01-20"), d("2026-02-18")));

  private static final List<Progress> PROGRESS =
      List.of(
          new Progress(A, d("2026-01-08"), 10, 60),
          new Progress(A, d("2026-01-12"), 11, 100),
          new Progress(B, d("2026-01-14"), 12, 30),
          new Progress(B, d("2026-01-16"), 13, 50),
          new Progress(C, d("2026-01-20"), 14, 10));

  private static final List<Cost> COSTS =
      List.of(
          new Cost(new BigDecimal("9000"), d("2026-01-05")),
          new Cost(new BigDecimal("3500"), d("2026-01-13")),
          new Cost(new BigDecimal("2000"), d("2026-01-15")),
          new Cost(new BigDecimal("1000"), d("2026-01-16")));

  @Test
  void onTheFifteenthEveryFigureEqualsTheHandWorkedValue() {
    // PV: A finished (10,000) + B 10 of 20 days (10,000) + C not started = 20,000.
    // EV: A 100 % (10,000) + B 30 % as of the 14th (6,000); the 16th's 50 % and C's report are
    //     after the status date = 16,000.
    // AC: 9,000 + 3,500 + 2,000 (on the status date counts) = 14,500; the 16th's 1,000 does not.
    // CPI 16,000 / 14,500 = 1.1034…; SPI 16,000 / 20,000 = 0.8; EAC 36,000 / CPI = 32,625;
    // ETC 32,625 − 14,500 = 18,125; VAC 36,000 − 32,625 = 3,375; TCPI 20,000 / 21,500 = 0.9302…
    EarnedValueFigures figures =
        EarnedValue.shown(at(d("2026-01-15"), WORK, PROGRESS, COSTS), "EUR");

    assertThat(figures)
        .isEqualTo(
            new EarnedValueFigures(
                money("36000.00"),
                money("20000.00"),
                money("16000.00"),
                money("14500.00"),
                money("1500.00"),
                money("-4000.00"),
                new BigDecimal("1.103"),
                new BigDecimal("0.800"),
                money("32625.00"),
                money("18125.00"),
                money("3375.00"),
                new BigDecimal("0.930")));
  }

  @Test
  void beforeAnyProgressOrCostCpiIsNullAndTheEstimateIsThePlan() {
    // PV: A 3 of 10 days = 3,000. Nothing reported, nothing spent: CPI null (AC = 0),
    // SPI 0 / 3,000 = 0, EAC = AC + (BAC − EV) = 36,000, TCPI 36,000 / 36,000 = 1.
    EarnedValueFigures figures =
        EarnedValue.shown(at(d("2026-01-03"), WORK, PROGRESS, COSTS), "EUR");

    assertThat(figures)
        .isEqualTo(
            new EarnedValueFigures(
                money("36000.00"),
                money("3000.00"),
                money("0.00"),
                money("0.00"),
                money("0.00"),
                money("-3000.00"),
                null,
                new BigDecimal("0.000"),
                money("36000.00"),
                money("36000.00"),
                money("0.00"),
                new BigDecimal("1.000")));
  }

  @Test
  void figuresAreRoundedOnlyOnOutputHalfEven() {
    // One work package of 1,000 over three days, one day in: PV = 1,000 / 3 = 333.333…, kept in
    // full and shown as 333.33.
    Reference third = new Reference(A, new BigDecimal("1000"), d("2026-03-01"), d("2026-03-03"));
    EarnedValue.Exact exact = at(d("2026-03-01"), List.of(third), List.of(), List.of());

    assertThat(exact.pv().toPlainString()).startsWith("333.3333333333");
    assertThat(EarnedValue.shown(exact, "EUR").pv()).isEqualTo(money("333.33"));
    // Half-even: 0.125 goes to 0.12, 0.135 to 0.14.
    assertThat(EarnedValue.money(new BigDecimal("0.125"), "EUR")).isEqualTo(money("0.12"));
    assertThat(EarnedValue.money(new BigDecimal("0.135"), "EUR")).isEqualTo(money("0.14"));
  }

  @Test
  void moneyIsShownInTheMinorUnitOfItsCurrency() {
    Reference third = new Reference(A, new BigDecimal("1000"), d("2026-03-01"), d("2026-03-03"));
    EarnedValue.Exact exact = at(d("2026-03-01"), List.of(third), List.of(), List.of());

    assertThat(EarnedValue.shown(exact, "JPY").pv()).isEqualTo(money("333"));
    assertThat(EarnedValue.shown(exact, "EUR").pv()).isEqualTo(money("333.33"));
    assertThat(EarnedValue.shown(exact, "KWD").pv()).isEqualTo(money("333.333"));
    assertThat(EarnedValue.money(new BigDecimal("2.5"), "JPY")).isEqualTo(money("2"));
    assertThat(EarnedValue.money(new BigDecimal("1.2345"), "KWD")).isEqualTo(money("1.234"));
  }

  @Test
  void whenNothingIsPlannedYetSpiAndTcpiAreNull() {
    EarnedValueFigures figures =
        EarnedValue.shown(at(d("2026-01-15"), List.of(), List.of(), List.of()), "EUR");

    assertThat(figures.spi()).isNull();
    assertThat(figures.tcpi()).isNull();
    assertThat(figures.eac()).isEqualTo(money("0.00"));
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Every day working: the figures are worked by hand in calendar days. */
  private static EarnedValue.Exact at(
      LocalDate statusDate,
      List<EarnedValue.Reference> work,
      List<EarnedValue.Progress> progress,
      List<EarnedValue.Cost> costs) {
    return EarnedValue.at(statusDate, work, progress, costs, WorkingDays.EVERY_DAY);
  }
}

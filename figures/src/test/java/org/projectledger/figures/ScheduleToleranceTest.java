package org.projectledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.figures.CriticalPath.Node;

/** The forecast finish moves with lateness, not only with reschedules. */
class ScheduleToleranceTest {

  private static final UUID DESIGN = UUID.randomUUID();
  private static final UUID BUILD = UUID.randomUUID();
  private static final List<Node> PLAN =
      List.of(
          Node.finishToStart(DESIGN, false, d("2026-02-01"), d("2026-02-10"), List.of()),
          Node.finishToStart(BUILD, false, d("2026-02-11"), d("2026-02-20"), List.of(DESIGN)));

  @Test
  void onTimeTheForecastIsThePlannedFinish() {
    assertThat(forecast(PLAN, Map.of(), d("2026-02-05"))).isEqualTo(d("2026-02-20"));
  }

  @Test
  void lateUnfinishedWorkPushesItsSuccessorsOut() {
    // On 15 February Design (10 days) is 40 % done: 6 days remain, so it finishes on the 21st and
    // Build (10 days) runs from the 22nd to 3 March.
    assertThat(forecast(PLAN, Map.of(DESIGN, 40), d("2026-02-15"))).isEqualTo(d("2026-03-03"));
  }

  @Test
  void finishedWorkDoesNotMove() {
    assertThat(forecast(PLAN, Map.of(DESIGN, 100, BUILD, 100), d("2026-03-15")))
        .isEqualTo(d("2026-02-20"));
  }

  @Test
  void anActualFinishReplacesThePlanAndItsSuccessorsFollowIt() {
    // Design actually ran from 1 to 14 February (four days late): Build, 10 days, follows from the
    // 15th to the 24th.
    assertThat(
            forecast(
                PLAN,
                Map.of(DESIGN, 100),
                Map.of(DESIGN, new ScheduleTolerance.Actual(d("2026-02-01"), d("2026-02-14"))),
                d("2026-02-16")))
        .isEqualTo(d("2026-02-24"));
    // Finished early, on the 8th: Build still starts when planned (not earlier than its start).
    assertThat(
            forecast(
                PLAN,
                Map.of(DESIGN, 100),
                Map.of(DESIGN, new ScheduleTolerance.Actual(d("2026-02-01"), d("2026-02-08"))),
                d("2026-02-09")))
        .isEqualTo(d("2026-02-20"));
  }

  @Test
  void workThatStartedLateRunsItsDurationFromItsActualStart() {
    ScheduleTolerance.Actual lateStart = new ScheduleTolerance.Actual(d("2026-02-05"), null);
    // Started on the 5th, 10 days: expected to finish on the 14th; Build from the 15th to the
    // 24th.
    assertThat(forecast(PLAN, Map.of(DESIGN, 20), Map.of(DESIGN, lateStart), d("2026-02-08")))
        .isEqualTo(d("2026-02-24"));
    // On the 20th, still 20 % done: 8 of its 10 days remain from the status date, to the 28th;
    // Build from 1 to 10 March.
    assertThat(forecast(PLAN, Map.of(DESIGN, 20), Map.of(DESIGN, lateStart), d("2026-02-20")))
        .isEqualTo(d("2026-03-10"));
  }

  @Test
  void theLimitIsTheBaselinesFinishPlusItsDays() {
    LocalDate limit = ScheduleTolerance.limit(d("2026-02-20"), 10, WorkingDays.EVERY_DAY);
    assertThat(ScheduleTolerance.within(d("2026-03-02"), limit)).isTrue();
    assertThat(ScheduleTolerance.within(d("2026-03-03"), limit)).isFalse();
    assertThat(ScheduleTolerance.within(null, limit)).isTrue();
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Every day working: the forecasts are worked by hand in calendar days. */
  private static LocalDate forecast(
      List<Node> plan, Map<UUID, Integer> percent, LocalDate statusDate) {
    return forecast(plan, percent, Map.of(), statusDate);
  }

  private static LocalDate forecast(
      List<Node> plan,
      Map<UUID, Integer> percent,
      Map<UUID, ScheduleTolerance.Actual> actuals,
      LocalDate statusDate) {
    return ScheduleTolerance.forecastFinish(
        plan, percent, actuals, statusDate, WorkingDays.EVERY_DAY);
  }
}

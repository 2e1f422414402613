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
          new Node(DESIGN, false, d("2026-02-01"), d("2026-02-10"), List.of()),
          new Node(BUILD, false, d("2026-02-11"), d("2026-02-20"), List.of(DESIGN)));

  @Test
  void onTimeTheForecastIsThePlannedFinish() {
    assertThat(ScheduleTolerance.forecastFinish(PLAN, Map.of(), d("2026-02-05")))
        .isEqualTo(d("2026-02-20"));
  }

  @Test
  void lateUnfinishedWorkPushesItsSuccessorsOut() {
    // On 15 February Design (10 days) is 40 % done: 6 days remain, so it finishes on the 21st and
    // Build (10 days) runs from the 22nd to 3 March.
    assertThat(ScheduleTolerance.forecastFinish(PLAN, Map.of(DESIGN, 40), d("2026-02-15")))
        .isEqualTo(d("2026-03-03"));
  }

  @Test
  void finishedWorkDoesNotMove() {
    assertThat(
            ScheduleTolerance.forecastFinish(
                PLAN, Map.of(DESIGN, 100, BUILD, 100), d("2026-03-15")))
        .isEqualTo(d("2026-02-20"));
  }

  @Test
  void theLimitIsTheBaselinesFinishPlusItsDays() {
    LocalDate limit = ScheduleTolerance.limit(d("2026-02-20"), 10);
    assertThat(ScheduleTolerance.within(d("2026-03-02"), limit)).isTrue();
    assertThat(ScheduleTolerance.within(d("2026-03-03"), limit)).isFalse();
    assertThat(ScheduleTolerance.within(null, limit)).isTrue();
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }
}

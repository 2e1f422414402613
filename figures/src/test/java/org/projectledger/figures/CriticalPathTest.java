package org.projectledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.figures.CriticalPath.Node;
import org.projectledger.figures.CriticalPath.Timing;

/**
 * A network with parallel branches: Design (1–10 Mar), then Build (11–31 Mar, 21 days) and Docs
 * (11–20 Mar, 10 days) side by side, then Test (1–10 Apr) after both, then Go-live (10 Apr).
 * Procurement (1–5 Mar) feeds Build only. Worked by hand: Build is the longer branch, so Design,
 * Build, Test and Go-live are critical; Docs may slip 11 days (it could finish on 31 Mar);
 * Procurement may slip 5 days (Build need not start before 11 Mar).
 */
class CriticalPathTest {

  private static final UUID DESIGN = id(1);
  private static final UUID BUILD = id(2);
  private static final UUID DOCS = id(3);
  private static final UUID TEST = id(4);
  private static final UUID GO_LIVE = id(5);
  private static final UUID PROCUREMENT = id(6);

  @Test
  void theLongerBranchIsCriticalAndTheShorterOneHasFloat() {
    Map<UUID, Timing> timings =
        CriticalPath.of(
            List.of(
                Node.finishToStart(GO_LIVE, true, d("2026-04-10"), d("2026-04-10"), List.of(TEST)),
                Node.finishToStart(
                    TEST, false, d("2026-04-01"), d("2026-04-10"), List.of(BUILD, DOCS)),
                Node.finishToStart(DESIGN, false, d("2026-03-01"), d("2026-03-10"), List.of()),
                Node.finishToStart(
                    BUILD, false, d("2026-03-11"), d("2026-03-31"), List.of(DESIGN, PROCUREMENT)),
                Node.finishToStart(DOCS, false, d("2026-03-11"), d("2026-03-20"), List.of(DESIGN)),
                Node.finishToStart(
                    PROCUREMENT, false, d("2026-03-01"), d("2026-03-05"), List.of())));

    assertThat(timings.values().stream().filter(Timing::critical).map(Timing::id))
        .containsExactlyInAnyOrder(DESIGN, BUILD, TEST, GO_LIVE);
    assertThat(timings.get(DOCS).totalFloat()).isEqualTo(11);
    assertThat(timings.get(DOCS).lateFinish()).isEqualTo(d("2026-03-31"));
    assertThat(timings.get(PROCUREMENT).totalFloat()).isEqualTo(5);
    assertThat(timings.get(PROCUREMENT).lateStart()).isEqualTo(d("2026-03-06"));
    assertThat(timings.get(TEST).earlyStart()).isEqualTo(d("2026-04-01"));
    assertThat(timings.get(GO_LIVE).lateFinish()).isEqualTo(d("2026-04-10"));
  }

  @Test
  void aLatePredecessorPushesItsSuccessorsEarlyDates() {
    // Design finishes on the 15th although Build was planned from the 11th: Build can start on
    // the 16th at the earliest, and finish on 5 Apr.
    Map<UUID, Timing> timings =
        CriticalPath.of(
            List.of(
                Node.finishToStart(DESIGN, false, d("2026-03-01"), d("2026-03-15"), List.of()),
                Node.finishToStart(
                    BUILD, false, d("2026-03-11"), d("2026-03-31"), List.of(DESIGN))));

    assertThat(timings.get(BUILD).earlyStart()).isEqualTo(d("2026-03-16"));
    assertThat(timings.get(BUILD).earlyFinish()).isEqualTo(d("2026-04-05"));
    assertThat(timings.values()).allMatch(Timing::critical);
  }

  private static UUID id(int n) {
    return UUID.fromString("00000000-0000-0000-0000-00000000000" + n);
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }
}

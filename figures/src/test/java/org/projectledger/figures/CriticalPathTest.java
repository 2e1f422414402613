package org.projectledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
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
        everyDay(
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
        everyDay(
            List.of(
                Node.finishToStart(DESIGN, false, d("2026-03-01"), d("2026-03-15"), List.of()),
                Node.finishToStart(
                    BUILD, false, d("2026-03-11"), d("2026-03-31"), List.of(DESIGN))));

    assertThat(timings.get(BUILD).earlyStart()).isEqualTo(d("2026-03-16"));
    assertThat(timings.get(BUILD).earlyFinish()).isEqualTo(d("2026-04-05"));
    assertThat(timings.values()).allMatch(Timing::critical);
  }

  /**
   * Each link type with a lag, worked by hand in whole days (a work package occupies its start and
   * finish days): Design 1–10 Mar (10 days). Build 5 days, SS+3 on Design: it may start on 4 Mar
   * (Design's start + 3), planned from 2 Mar, so early 4–8 Mar. Docs 4 days, FF+2 on Design: it
   * finishes no earlier than 12 Mar, so early 9–12 Mar. Test 3 days, FS+2 on Build: it starts the
   * day after Build's last day plus 2 (11 Mar), early 11–13 Mar. Cut-over 2 days, SF without lag on
   * Go-live support (20–25 Mar): it finishes no earlier than the day before support starts (19
   * Mar), so early 18–19 Mar. Go-live support is the last; the project ends on 25 Mar.
   */
  @Test
  void everyLinkTypeWithItsLagIsHonouredByBothPasses() {
    UUID cutOver = id(7);
    UUID support = id(8);
    Map<UUID, Timing> timings =
        everyDay(
            List.of(
                new Node(DESIGN, false, d("2026-03-01"), d("2026-03-10"), List.of()),
                new Node(
                    BUILD,
                    false,
                    d("2026-03-02"),
                    d("2026-03-06"),
                    List.of(new Link(DESIGN, LinkType.SS, 3))),
                new Node(
                    DOCS,
                    false,
                    d("2026-03-01"),
                    d("2026-03-04"),
                    List.of(new Link(DESIGN, LinkType.FF, 2))),
                new Node(
                    TEST,
                    false,
                    d("2026-03-01"),
                    d("2026-03-03"),
                    List.of(new Link(BUILD, LinkType.FS, 2))),
                new Node(support, false, d("2026-03-20"), d("2026-03-25"), List.of()),
                new Node(
                    cutOver,
                    false,
                    d("2026-03-01"),
                    d("2026-03-02"),
                    List.of(new Link(support, LinkType.SF, 0)))));

    assertThat(timings.get(BUILD).earlyStart()).isEqualTo(d("2026-03-04"));
    assertThat(timings.get(BUILD).earlyFinish()).isEqualTo(d("2026-03-08"));
    assertThat(timings.get(DOCS).earlyStart()).isEqualTo(d("2026-03-09"));
    assertThat(timings.get(DOCS).earlyFinish()).isEqualTo(d("2026-03-12"));
    assertThat(timings.get(TEST).earlyStart()).isEqualTo(d("2026-03-11"));
    assertThat(timings.get(TEST).earlyFinish()).isEqualTo(d("2026-03-13"));
    assertThat(timings.get(cutOver).earlyStart()).isEqualTo(d("2026-03-18"));
    assertThat(timings.get(cutOver).earlyFinish()).isEqualTo(d("2026-03-19"));
    // Backward from 25 Mar: Test, Docs and Cut-over end free; Build's late finish is Test's late
    // start (23 Mar) less the day and the lag of 2 (20 Mar); Design's late start is then bounded
    // by Build's SS+3 (late start 16 Mar - 3 = 13 Mar) and by Docs' FF+2 (late finish 25 Mar - 2 =
    // 23 Mar, so start 14 Mar): 13 Mar, a float of 12 days.
    assertThat(timings.get(TEST).lateStart()).isEqualTo(d("2026-03-23"));
    assertThat(timings.get(BUILD).lateFinish()).isEqualTo(d("2026-03-20"));
    assertThat(timings.get(BUILD).lateStart()).isEqualTo(d("2026-03-16"));
    assertThat(timings.get(DESIGN).lateStart()).isEqualTo(d("2026-03-13"));
    assertThat(timings.get(DESIGN).totalFloat()).isEqualTo(12);
    assertThat(timings.get(DOCS).lateFinish()).isEqualTo(d("2026-03-25"));
    // SF binds the cut-over's finish from below only: it may slip to the project's end.
    assertThat(timings.get(support).critical()).isTrue();
    assertThat(timings.get(cutOver).lateFinish()).isEqualTo(d("2026-03-25"));
    assertThat(timings.get(cutOver).totalFloat()).isEqualTo(6);
  }

  @Test
  void aLeadLetsASuccessorStartBeforeItsPredecessorEnds() {
    // Build FS-3 on Design (1–10 Mar): it may start on 8 Mar (the day after the 10th, less 3).
    Map<UUID, Timing> timings =
        everyDay(
            List.of(
                new Node(DESIGN, false, d("2026-03-01"), d("2026-03-10"), List.of()),
                new Node(
                    BUILD,
                    false,
                    d("2026-03-01"),
                    d("2026-03-05"),
                    List.of(new Link(DESIGN, LinkType.FS, -3))),
                new Node(
                    GO_LIVE,
                    true,
                    d("2026-03-01"),
                    d("2026-03-01"),
                    List.of(Link.finishToStart(BUILD)))));

    assertThat(timings.get(BUILD).earlyStart()).isEqualTo(d("2026-03-08"));
    assertThat(timings.get(BUILD).earlyFinish()).isEqualTo(d("2026-03-12"));
    assertThat(timings.get(GO_LIVE).earlyStart()).isEqualTo(d("2026-03-12"));
    assertThat(timings.values()).allMatch(Timing::critical);
  }

  private static UUID id(int n) {
    return UUID.fromString("00000000-0000-0000-0000-00000000000" + n);
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Every day working: these networks are worked by hand in calendar days. */
  private static Map<UUID, Timing> everyDay(List<Node> nodes) {
    return CriticalPath.of(nodes, WorkingDays.EVERY_DAY);
  }
}

package org.projectledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.figures.CriticalPath.Node;
import org.projectledger.figures.CriticalPath.Timing;

/**
 * Every day count in working days (DOMAIN.md, third edition), on a Monday-to-Friday calendar with
 * Good Friday and Easter Monday 2026 (3 and 6 April) off. Worked by hand on a calendar: March 2026
 * begins on a Sunday.
 */
class WorkingDaysTest {

  private static final WorkingDays EASTER =
      WorkingDays.of(
          new ProjectCalendar(
              ProjectCalendar.MONDAY_TO_FRIDAY.workingDays(),
              List.of(d("2026-04-03"), d("2026-04-06"))));

  @Test
  void weekendsAndHolidaysAreSkippedInEveryCount() {
    // Thursday 2 April plus one working day: Tuesday 7 April (Friday and Monday are holidays).
    assertThat(EASTER.plus(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
    assertThat(EASTER.plus(d("2026-04-07"), -1)).isEqualTo(d("2026-04-02"));
    assertThat(EASTER.plus(d("2026-03-06"), 0)).isEqualTo(d("2026-03-06"));
    // Monday 2 to Friday 13 March: ten working days; from a Saturday, the next is Monday.
    assertThat(EASTER.duration(d("2026-03-02"), d("2026-03-13"))).isEqualTo(10);
    assertThat(EASTER.onOrAfter(d("2026-03-07"))).isEqualTo(d("2026-03-09"));
    assertThat(EASTER.between(d("2026-03-27"), d("2026-04-08"))).isEqualTo(6);
    assertThat(EASTER.between(d("2026-04-08"), d("2026-03-27"))).isEqualTo(-6);
    assertThat(EASTER.isWorking(d("2026-04-06"))).isFalse();
    assertThat(WorkingDays.EVERY_DAY.between(d("2026-03-27"), d("2026-04-08"))).isEqualTo(12);
  }

  @Test
  void aCalendarWithoutAWorkingWeekdayIsNoCalendar() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> WorkingDays.of(new ProjectCalendar(List.<DayOfWeek>of(), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plannedValueIsTimePhasedOverWorkingDays() {
    // Ten working days from Monday 2 to Friday 13 March; on Sunday 8 March five have passed:
    // half the planned cost, where calendar days would say 7 of 12.
    EarnedValue.Reference work =
        new EarnedValue.Reference(
            UUID.randomUUID(), new BigDecimal("10000"), d("2026-03-02"), d("2026-03-13"));
    assertThat(EarnedValue.plannedFraction(work, d("2026-03-08"), EASTER))
        .isEqualByComparingTo("0.5");
    assertThat(EarnedValue.at(d("2026-03-08"), List.of(work), List.of(), List.of(), EASTER).pv())
        .isEqualByComparingTo("5000");
  }

  @Test
  void aWeekendIsNotFloatAndAnFsLagSkipsTheHolidays() {
    // Build (Mon 30 Mar – Thu 2 Apr, 4 days), then Test FS+1 (one working day between): the day
    // after Build's last is Tue 7 Apr (the 3rd and 6th are off), plus one: Wed 8 Apr; three days
    // take it to Fri 10 Apr. Docs (Mon 30 Mar – Wed 8 Apr, 6 working days) ends with Test's
    // start: it has exactly the two working days to Test's finish as float, not the weekend.
    UUID build = UUID.randomUUID();
    UUID test = UUID.randomUUID();
    UUID docs = UUID.randomUUID();
    Map<UUID, Timing> timings =
        CriticalPath.of(
            List.of(
                new Node(build, false, d("2026-03-30"), d("2026-04-02"), List.of()),
                new Node(
                    test,
                    false,
                    d("2026-03-30"),
                    d("2026-04-01"),
                    List.of(new Link(build, LinkType.FS, 1))),
                new Node(docs, false, d("2026-03-30"), d("2026-04-08"), List.of())),
            EASTER);
    assertThat(timings.get(test).earlyStart()).isEqualTo(d("2026-04-08"));
    assertThat(timings.get(test).earlyFinish()).isEqualTo(d("2026-04-10"));
    assertThat(timings.get(build).critical()).isTrue();
    assertThat(timings.get(docs).totalFloat()).isEqualTo(2);
    assertThat(ScheduleTolerance.limit(d("2026-04-02"), 2, EASTER)).isEqualTo(d("2026-04-08"));
  }

  /**
   * The counts jump whole weeks and count holidays by search: on random calendars (any working
   * weekdays, holidays on any day, some of them on weekends) they answer exactly what a walk day by
   * day answers, before and after 1970, across years and in both directions.
   */
  @Test
  void countsAndStepsAgreeWithAWalkDayByDay() {
    Random random = new Random(20261128);
    for (int calendar = 0; calendar < 200; calendar++) {
      List<DayOfWeek> weekdays = new ArrayList<>();
      for (DayOfWeek weekday : DayOfWeek.values()) {
        if (random.nextInt(3) > 0) {
          weekdays.add(weekday);
        }
      }
      if (weekdays.isEmpty()) {
        weekdays.add(DayOfWeek.of(1 + random.nextInt(7)));
      }
      LocalDate origin = LocalDate.of(1960 + random.nextInt(80), 1, 1);
      List<LocalDate> holidays = new ArrayList<>();
      for (int i = random.nextInt(40); i > 0; i--) {
        holidays.add(origin.plusDays(random.nextInt(3 * 365)));
      }
      if (random.nextBoolean()) {
        // A run of holidays longer than a week.
        LocalDate from = origin.plusDays(random.nextInt(365));
        for (int i = 0; i < 12; i++) {
          holidays.add(from.plusDays(i));
        }
      }
      WorkingDays days = WorkingDays.of(new ProjectCalendar(weekdays, holidays));
      Set<LocalDate> off = new HashSet<>(holidays);
      Predicate<LocalDate> working =
          day -> weekdays.contains(day.getDayOfWeek()) && !off.contains(day);
      for (int i = 0; i < 50; i++) {
        LocalDate from = origin.plusDays(random.nextInt(3 * 365) - 30);
        LocalDate to = from.plusDays(random.nextInt(800) - 400);
        long steps = random.nextInt(300) - 150;
        assertThat(days.isWorking(from)).isEqualTo(working.test(from));
        assertThat(days.between(from, to)).isEqualTo(walkedBetween(working, from, to));
        assertThat(days.plus(from, steps)).isEqualTo(walkedPlus(working, from, steps));
        assertThat(days.duration(from, to))
            .isEqualTo(
                to.isBefore(from)
                    ? 0
                    : walkedBetween(working, from, to) + (working.test(from) ? 1 : 0));
      }
    }
  }

  private static long walkedBetween(Predicate<LocalDate> working, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -walkedBetween(working, to, from);
    }
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      count += working.test(day) ? 1 : 0;
    }
    return count;
  }

  private static LocalDate walkedPlus(Predicate<LocalDate> working, LocalDate date, long days) {
    LocalDate day = date;
    for (long left = Math.abs(days); left > 0; ) {
      day = day.plusDays(days < 0 ? -1 : 1);
      left -= working.test(day) ? 1 : 0;
    }
    return day;
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }
}

package org.projectledger.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * Day arithmetic in a project's working days (DOMAIN.md, third edition), the one place every figure
 * counts days: durations, float, lags, variance, tolerances and PV's time-phasing. A calendar
 * without a working weekday would never finish anything; the rules refuse one.
 */
public final class WorkingDays {

  /** Every day working: a project chartered before calendars existed. */
  public static final WorkingDays EVERY_DAY = of(ProjectCalendar.EVERY_DAY);

  /** The epoch day of a Monday (29 December 1969): weeks are counted from it. */
  private static final long MONDAY = -3;

  /** Whether each weekday works, Monday first. */
  private final boolean[] working = new boolean[7];

  /** Working weekdays among the first {@code r} of a week (Monday first), for r from 0 to 7. */
  private final int[] firstOfWeek = new int[8];

  /** The non-working dates that fall on a working weekday, as sorted epoch days. */
  private final long[] holidays;

  private final boolean everyDay;

  private WorkingDays(ProjectCalendar calendar) {
    for (DayOfWeek weekday : calendar.workingDays()) {
      working[weekday.getValue() - 1] = true;
    }
    for (int day = 0; day < 7; day++) {
      firstOfWeek[day + 1] = firstOfWeek[day] + (working[day] ? 1 : 0);
    }
    if (firstOfWeek[7] == 0) {
      throw new IllegalArgumentException("A calendar needs at least one working weekday");
    }
    this.holidays =
        calendar.nonWorkingDates().stream()
            .filter(date -> working[date.getDayOfWeek().getValue() - 1])
            .mapToLong(LocalDate::toEpochDay)
            .sorted()
            .distinct()
            .toArray();
    this.everyDay = firstOfWeek[7] == 7 && holidays.length == 0;
  }

  public static WorkingDays of(ProjectCalendar calendar) {
    return new WorkingDays(calendar == null ? ProjectCalendar.EVERY_DAY : calendar);
  }

  public boolean isWorking(LocalDate date) {
    return everyDay || isWorking(date.toEpochDay());
  }

  /** The day itself if it is working, else the next working day. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorking(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * {@code days} working days after {@code date} (before it, when negative); the day itself for 0.
   * From a non-working day the first step lands on the next (or previous) working day. Whole weeks
   * are jumped while more than a week's working days are left, the last ones walked day by day.
   */
  public LocalDate plus(LocalDate date, long days) {
    if (everyDay) {
      return date.plusDays(days);
    }
    long day = date.toEpochDay();
    long step = days < 0 ? -1 : 1;
    long left = Math.abs(days);
    while (left > firstOfWeek[7]) {
      // Never the last working day: the walk below lands on it.
      long target = day + step * 7 * ((left - 1) / firstOfWeek[7]);
      left -= step > 0 ? upTo(target) - upTo(day) : upTo(day - 1) - upTo(target - 1);
      day = target;
    }
    while (left > 0) {
      day += step;
      if (isWorking(day)) {
        left--;
      }
    }
    return LocalDate.ofEpochDay(day);
  }

  /** Working days from {@code from} to {@code to}: those after {@code from} up to {@code to}. */
  public long between(LocalDate from, LocalDate to) {
    if (everyDay) {
      return to.toEpochDay() - from.toEpochDay();
    }
    return upTo(to.toEpochDay()) - upTo(from.toEpochDay());
  }

  /** Working days from {@code start} to {@code finish}, both counted: a work package's duration. */
  public long duration(LocalDate start, LocalDate finish) {
    if (finish.isBefore(start)) {
      return 0;
    }
    return between(start, finish) + (isWorking(start) ? 1 : 0);
  }

  private boolean isWorking(long epochDay) {
    return working[(int) Math.floorMod(epochDay - MONDAY, 7L)]
        && Arrays.binarySearch(holidays, epochDay) < 0;
  }

  /**
   * The working days from the Monday of 29 December 1969 up to {@code epochDay}, counted (negative
   * before it): differences of two of them count the working days between, in constant time.
   */
  private long upTo(long epochDay) {
    long days = epochDay - MONDAY + 1;
    long weekdays =
        Math.floorDiv(days, 7L) * firstOfWeek[7] + firstOfWeek[(int) Math.floorMod(days, 7L)];
    int holidaysUpTo = Arrays.binarySearch(holidays, epochDay);
    return weekdays - (holidaysUpTo >= 0 ? holidaysUpTo + 1 : -holidaysUpTo - 1);
  }
}

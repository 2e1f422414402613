package org.projectledger.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * Day arithmetic in a project's working days (DOMAIN.md, third edition), the one place every figure
 * counts days: durations, float, lags, variance, tolerances and PV's time-phasing. A calendar
 * without a working weekday would never finish anything; the rules refuse one.
 */
public final class WorkingDays {

  /** Every day working: a project chartered before calendars existed. */
  public static final WorkingDays EVERY_DAY = of(ProjectCalendar.EVERY_DAY);

  private final Set<DayOfWeek> weekdays;
  private final Set<LocalDate> holidays;
  private final boolean everyDay;

  private WorkingDays(ProjectCalendar calendar) {
    this.weekdays = EnumSet.noneOf(DayOfWeek.class);
    this.weekdays.addAll(calendar.workingDays());
    if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("A calendar needs at least one working weekday");
    }
    this.holidays = new HashSet<>(calendar.nonWorkingDates());
    this.everyDay = weekdays.size() == 7 && holidays.isEmpty();
  }

  public static WorkingDays of(ProjectCalendar calendar) {
    return new WorkingDays(calendar == null ? ProjectCalendar.EVERY_DAY : calendar);
  }

  public boolean isWorking(LocalDate date) {
    return everyDay || weekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
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
   * From a non-working day the first step lands on the next (or previous) working day.
   */
  public LocalDate plus(LocalDate date, long days) {
    if (everyDay) {
      return date.plusDays(days);
    }
    LocalDate day = date;
    long step = days < 0 ? -1 : 1;
    for (long left = Math.abs(days); left > 0; ) {
      day = day.plusDays(step);
      if (isWorking(day)) {
        left--;
      }
    }
    return day;
  }

  /** Working days from {@code from} to {@code to}: those after {@code from} up to {@code to}. */
  public long between(LocalDate from, LocalDate to) {
    if (everyDay) {
      return to.toEpochDay() - from.toEpochDay();
    }
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorking(day)) {
        count++;
      }
    }
    return count;
  }

  /** Working days from {@code start} to {@code finish}, both counted: a work package's duration. */
  public long duration(LocalDate start, LocalDate finish) {
    if (finish.isBefore(start)) {
      return 0;
    }
    return between(start, finish) + (isWorking(start) ? 1 : 0);
  }
}

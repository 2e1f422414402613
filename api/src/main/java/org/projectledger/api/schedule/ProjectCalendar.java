package org.projectledger.api.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A project's working calendar (DOMAIN.md, third edition): the weekdays it works and the dates it
 * does not (public holidays, a shutdown). Every day count of the plan — durations, float, lags,
 * variance, tolerances, PV's time-phasing — counts its working days.
 */
public record ProjectCalendar(List<DayOfWeek> workingDays, List<LocalDate> nonWorkingDates) {

  /** Monday to Friday, no holidays: what a project chartered without a calendar works. */
  public static final ProjectCalendar MONDAY_TO_FRIDAY =
      new ProjectCalendar(
          List.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY),
          List.of());

  /**
   * Every day: the calendar of a project chartered before calendars existed, until its manager sets
   * one, so that no past answer changes.
   */
  public static final ProjectCalendar EVERY_DAY =
      new ProjectCalendar(List.of(DayOfWeek.values()), List.of());

  public ProjectCalendar {
    workingDays =
        Objects.requireNonNull(workingDays, "workingDays").stream().distinct().sorted().toList();
    nonWorkingDates =
        nonWorkingDates == null ? List.of() : nonWorkingDates.stream().distinct().sorted().toList();
  }
}

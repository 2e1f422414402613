package org.projectledger.query.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * A project's calendar as {@code portfolio_project} keeps it: working weekdays and non-working
 * dates, each comma-separated; no working days is a project chartered before calendars existed,
 * which works every day.
 */
public final class StoredCalendars {

  private StoredCalendars() {}

  public static String workingDays(ProjectCalendar calendar) {
    return calendar.workingDays().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
  }

  public static String nonWorkingDates(ProjectCalendar calendar) {
    return calendar.nonWorkingDates().stream()
        .map(LocalDate::toString)
        .collect(Collectors.joining(","));
  }

  public static ProjectCalendar parse(String workingDays, String nonWorkingDates) {
    if (workingDays == null || workingDays.isBlank()) {
      return ProjectCalendar.EVERY_DAY;
    }
    List<DayOfWeek> days = Arrays.stream(workingDays.split(",")).map(DayOfWeek::valueOf).toList();
    List<LocalDate> dates =
        nonWorkingDates == null || nonWorkingDates.isBlank()
            ? List.of()
            : Arrays.stream(nonWorkingDates.split(",")).map(LocalDate::parse).toList();
    return new ProjectCalendar(days, dates);
  }
}

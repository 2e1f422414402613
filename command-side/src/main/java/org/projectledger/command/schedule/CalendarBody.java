package org.projectledger.command.schedule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * A working calendar in a write (API.md, third edition): the working weekdays (at least one) and
 * the non-working dates (public holidays; at most 1000).
 */
public record CalendarBody(
    @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingDays,
    @Size(max = 1000) List<@NotNull LocalDate> nonWorkingDates) {

  public ProjectCalendar toCalendar() {
    return new ProjectCalendar(workingDays, nonWorkingDates);
  }
}

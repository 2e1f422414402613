package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireReason;

import java.util.List;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.schedule.SetCalendar;
import org.projectledger.domain.state.ProjectFacts;

/**
 * The project's working calendar (DOMAIN.md, third edition): the manager sets it, with a reason,
 * before the first baseline; after it a change goes through change control. A calendar works at
 * least one weekday, and every link of the plan still holds when its lags count the new working
 * days.
 */
public final class Calendars {

  /** Holidays for decades, never a typing accident of millions of dates. */
  static final int MAX_NON_WORKING_DATES = 1000;

  private Calendars() {}

  /** Some working weekday, and no more non-working dates than a calendar holds. */
  public static void requireValid(ProjectCalendar calendar) {
    require(
        !calendar.workingDays().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "A calendar needs at least one working weekday");
    require(
        calendar.nonWorkingDates().size() <= MAX_NON_WORKING_DATES,
        ErrorCode.VALIDATION_FAILED,
        "A calendar holds at most %d non-working dates".formatted(MAX_NON_WORKING_DATES));
  }

  public static List<Object> set(SetCalendar command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    requireValid(command.calendar());
    require(
        facts.baseline() == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline the calendar changes through a change request");
    List<Object> events =
        List.of(
            new CalendarSet(
                facts.projectId(), facts.calendar(), command.calendar(), command.reason(), null));
    ProjectFacts trial = facts.after(events);
    trial.plan().live().forEach(item -> trial.plan().requireAfterPredecessors(item));
    return events;
  }
}

package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * A project was chartered. Carries the whole charter, so that no reader has to look anything up to
 * explain it. Who chartered it and when live in the event's metadata and timestamp.
 */
@Revision("1")
public record ProjectChartered(
    UUID projectId,
    String code,
    String name,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances,
    ProjectCalendar calendar) {

  /**
   * A project chartered before calendars existed (third edition): no calendar, so every day is
   * working until its manager sets one, and no past answer changes.
   */
  public ProjectChartered(
      UUID projectId,
      String code,
      String name,
      String sponsor,
      String manager,
      String currency,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      Tolerances tolerances) {
    this(
        projectId,
        code,
        name,
        sponsor,
        manager,
        currency,
        plannedStart,
        plannedFinish,
        tolerances,
        null);
  }

  /** Its working calendar: every day for a charter recorded before calendars existed. */
  public ProjectCalendar workingCalendar() {
    return calendar == null ? ProjectCalendar.EVERY_DAY : calendar;
  }
}

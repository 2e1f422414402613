package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.schedule.ProjectCalendar;

/** A PMO charters a new project: the first command of every project's history. */
public record CharterProject(
    @TargetAggregateIdentifier UUID projectId,
    String code,
    String name,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances,
    ProjectCalendar calendar) {

  /** A charter without a calendar: the project works Monday to Friday (third edition). */
  public CharterProject(
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

  public CharterProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
    Objects.requireNonNull(tolerances, "tolerances");
    calendar = calendar == null ? ProjectCalendar.MONDAY_TO_FRIDAY : calendar;
  }
}

package org.projectledger.api.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.ProjectState;

/** The project as planned now, as the read side answers it. */
public record ProjectView(
    UUID projectId,
    String code,
    String name,
    ProjectState state,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances,
    Instant charteredAt,
    String charteredBy,
    long version) {

  public record Tolerances(int scheduleDays, BigDecimal costPercent) {}
}

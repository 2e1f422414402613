package org.projectledger.api.portfolio;

import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.ProjectState;

/** One project's line in the portfolio. */
public record PortfolioRow(
    UUID projectId,
    String code,
    String name,
    ProjectState state,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    long version) {}

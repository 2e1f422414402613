package org.projectledger.api.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.ProjectState;

/**
 * One project's line in the portfolio: its charter, the latest RAG, the earned-value figures as of
 * today, the next milestone, and what makes it an exception (a tolerance breached, change requests
 * waiting). Figures are null until the project has work planned.
 */
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
    String rag,
    BigDecimal bac,
    BigDecimal ac,
    BigDecimal eac,
    BigDecimal cpi,
    BigDecimal spi,
    String nextMilestone,
    LocalDate nextMilestoneDue,
    boolean withinTolerance,
    int openChangeRequests,
    long version) {}

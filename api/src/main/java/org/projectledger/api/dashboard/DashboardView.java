package org.projectledger.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskStrategy;

/**
 * A project's dashboard for one status date (DOMAIN.md): earned value, budget by line, schedule
 * summary, open change requests, open risks by exposure, the latest status report and where the
 * project stands against its tolerances.
 */
public record DashboardView(
    UUID projectId,
    String code,
    String name,
    String currency,
    ProjectState state,
    LocalDate statusDate,
    Integer baselineNumber,
    EarnedValueFigures earnedValue,
    List<BudgetLine> budgetByLine,
    ScheduleSummary schedule,
    List<OpenChangeRequest> openChangeRequests,
    List<OpenRisk> openRisks,
    RiskExposureView riskExposure,
    StatusReport latestStatusReport,
    ToleranceState tolerance,
    Maintenance maintenance,
    long version) {

  /**
   * After hand-over to operations: the MAINTENANCE budget, what maintenance has cost by the status
   * date, and the activity log, newest first.
   */
  public record Maintenance(
      BigDecimal budget,
      BigDecimal spent,
      BigDecimal remaining,
      List<MaintenanceActivity> activities) {}

  /** One maintenance activity, with the line it was booked against where it cost something. */
  public record MaintenanceActivity(
      UUID activityId,
      String kind,
      LocalDate performedOn,
      String description,
      String outcome,
      UUID budgetLineId,
      BigDecimal cost,
      java.time.Instant recordedAt,
      String recordedBy) {}

  /** BAC, PV, EV, AC, CV, SV, CPI, SPI, EAC, ETC, VAC, TCPI; money to 2 decimals, indices to 3. */
  public record EarnedValueFigures(
      BigDecimal bac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal ac,
      BigDecimal cv,
      BigDecimal sv,
      BigDecimal cpi,
      BigDecimal spi,
      BigDecimal eac,
      BigDecimal etc,
      BigDecimal vac,
      BigDecimal tcpi) {}

  /**
   * One budget line: {@code planned} is its amount at the latest baseline (before any, its amount),
   * {@code budget} its amount now, {@code actual} what was spent by the status date.
   */
  public record BudgetLine(
      UUID budgetLineId,
      String category,
      BigDecimal planned,
      BigDecimal budget,
      BigDecimal actual,
      BigDecimal remaining,
      boolean overrun) {}

  public record ScheduleSummary(
      LocalDate plannedStart,
      LocalDate plannedFinish,
      LocalDate forecastFinish,
      int workPackages,
      int workPackagesComplete,
      int milestones,
      int itemsLate,
      LocalDate nextMilestoneDue,
      String nextMilestone) {}

  public record OpenChangeRequest(
      UUID changeRequestId, String title, String requestedBy, Instant raisedAt) {}

  /** A risk; exposure is probability × impact. */
  /**
   * An open risk: its score ({@code exposure}, probability × impact), and once a response is
   * planned its strategy, owner, proximity, cost impact and expected monetary value.
   */
  public record OpenRisk(
      UUID riskId,
      String title,
      int probability,
      int impact,
      int exposure,
      String owner,
      String mitigation,
      RiskKind kind,
      RiskStrategy strategy,
      String responseOwner,
      LocalDate proximity,
      BigDecimal costImpact,
      BigDecimal emv) {}

  /**
   * The open threats' expected monetary value against what the contingency reserve still holds
   * (figures' {@code RiskExposure}); {@code covered} when the reserve holds at least the exposure.
   */
  public record RiskExposureView(
      BigDecimal exposure, BigDecimal reserveRemaining, boolean covered) {}

  public record StatusReport(
      UUID reportId,
      String rag,
      String summary,
      LocalDate statusDate,
      Instant publishedAt,
      String publishedBy) {}

  /** Where the project stands against its PRINCE2 tolerances, with the breaches recorded. */
  /**
   * Where the project stands against its tolerances on the status date: EAC against the cost limit,
   * and the forecast finish (the critical path with late unfinished work moved on) against the
   * baseline's finish plus its days — the rules the aggregate raises its exceptions by. {@code
   * worstFinishDriftDays} is the largest move of a baselined finish, for information.
   */
  public record ToleranceState(
      int scheduleDays,
      BigDecimal costPercent,
      BigDecimal costLimit,
      boolean costWithinTolerance,
      long worstFinishDriftDays,
      boolean scheduleWithinTolerance,
      int breachesRecorded,
      LocalDate baselineFinish,
      LocalDate forecastFinish) {}
}

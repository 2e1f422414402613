package org.projectledger.query.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.query.registers.RegistersView;
import org.projectledger.query.registers.RegistersView.Closure;

/**
 * The end-project report (PRINCE2): how the project did against each baseline, its earned value at
 * close, what became of its change requests, issues and risks, its tolerance exceptions, the
 * deliverables accepted and the lessons learned. {@code closed} is false for a project still open:
 * the report is then a draft as of today.
 */
public record EndProjectReport(
    UUID projectId,
    String code,
    String name,
    String currency,
    ProjectState state,
    boolean closed,
    Closure closure,
    LocalDate statusDate,
    EarnedValueFigures earnedValue,
    List<BaselineSummary> baselines,
    List<ItemOutcome> items,
    Outcomes<ChangeRequestOutcome> changeRequests,
    Outcomes<RegistersView.IssueRow> issues,
    Outcomes<RegistersView.RiskRow> risks,
    RegistersView.Exposure exposure,
    List<ToleranceException> toleranceExceptions,
    Outcomes<RegistersView.WorkPackageRow> deliverables,
    List<RegistersView.LessonRow> lessons,
    long version) {

  /** Rows of one register with their count by outcome (state). */
  public record Outcomes<T>(Map<String, Long> byOutcome, List<T> rows) {}

  /** A baseline the sponsor set or a change request revised, with its total planned cost. */
  public record BaselineSummary(
      int baselineNumber, Instant recordedAt, BigDecimal totalPlannedCost, UUID changeRequestId) {}

  /** What one baseline planned for an item. */
  public record Planned(int baselineNumber, LocalDate start, LocalDate finish, BigDecimal cost) {}

  /**
   * A work package or milestone: what each baseline planned, what the plan says now, what actually
   * happened (dates, cost booked, earned value), the finish's variance against the latest baseline
   * in working days and the cost variance (EV − AC).
   */
  public record ItemOutcome(
      UUID itemId,
      ItemKind kind,
      String wbsCode,
      String name,
      List<Planned> baselines,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      LocalDate actualStart,
      LocalDate actualFinish,
      int percentComplete,
      BigDecimal earnedValue,
      BigDecimal actualCost,
      Long finishVarianceDays,
      BigDecimal costVariance) {}

  public record ChangeRequestOutcome(
      UUID changeRequestId,
      String title,
      String status,
      String requestedBy,
      Instant raisedAt,
      String decidedBy,
      Instant decidedAt) {}

  /** A tolerance exception raised: cost (estimate against limit) or schedule (finish dates). */
  public record ToleranceException(
      String kind,
      Instant recordedAt,
      BigDecimal estimate,
      BigDecimal limit,
      LocalDate forecastFinish,
      LocalDate baselineFinish) {}
}

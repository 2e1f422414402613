package org.projectledger.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.BudgetLine;
import org.projectledger.api.dashboard.DashboardView.OpenChangeRequest;
import org.projectledger.api.dashboard.DashboardView.OpenRisk;
import org.projectledger.api.dashboard.DashboardView.ScheduleSummary;
import org.projectledger.api.dashboard.DashboardView.StatusReport;
import org.projectledger.api.dashboard.DashboardView.ToleranceState;
import org.projectledger.query.dashboard.EarnedValue.Cost;
import org.projectledger.query.dashboard.EarnedValue.Progress;
import org.projectledger.query.dashboard.EarnedValue.Reference;
import org.projectledger.query.project.ProjectPlans;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.schedule.Lateness;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a dashboard from the project's read-model tables: a few indexed queries by project, all
 * in one repeatable-read transaction so that the figures agree with the version they report.
 */
@Component
class Dashboards {

  private final JdbcTemplate jdbc;
  private final ProjectPlans plans;

  Dashboards(JdbcTemplate jdbc, ProjectPlans plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  private record Header(
      String code,
      String name,
      String currency,
      ProjectState state,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      int scheduleDays,
      BigDecimal costPercent,
      long version) {}

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<DashboardView> of(UUID projectId, LocalDate statusDate) {
    Optional<Header> header =
        jdbc
            .query(
                "SELECT * FROM portfolio_project WHERE project_id = ?",
                (rs, row) ->
                    new Header(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("currency"),
                        ProjectState.valueOf(rs.getString("state")),
                        rs.getObject("planned_start", LocalDate.class),
                        rs.getObject("planned_finish", LocalDate.class),
                        rs.getInt("schedule_tolerance_days"),
                        rs.getBigDecimal("cost_tolerance_percent"),
                        rs.getLong("version")),
                projectId)
            .stream()
            .findFirst();
    if (header.isEmpty()) {
      return Optional.empty();
    }
    List<PlannedItem> items = plans.items(projectId);
    Integer baselineNumber = plans.latestBaseline(projectId).orElse(null);
    Map<UUID, FrozenItem> baseline =
        baselineNumber == null ? Map.of() : plans.baseline(projectId, baselineNumber);

    List<Reference> references = new ArrayList<>();
    for (PlannedItem item : items) {
      if (item.isMilestone()) {
        continue;
      }
      FrozenItem frozen = baseline.get(item.id());
      references.add(
          frozen == null
              ? new Reference(item.id(), item.plannedCost(), item.start(), item.finish())
              : new Reference(item.id(), frozen.plannedCost(), frozen.start(), frozen.finish()));
    }
    List<Progress> progress =
        jdbc.query(
            "SELECT work_package_id, status_date, sequence, percent_complete FROM project_progress"
                + " WHERE project_id = ? AND status_date <= ?",
            (rs, row) ->
                new Progress(
                    rs.getObject("work_package_id", UUID.class),
                    rs.getObject("status_date", LocalDate.class),
                    rs.getLong("sequence"),
                    rs.getInt("percent_complete")),
            projectId,
            statusDate);
    List<Cost> costs =
        jdbc.query(
            "SELECT amount, incurred_on FROM project_cost WHERE project_id = ? AND incurred_on <= ?",
            (rs, row) ->
                new Cost(rs.getBigDecimal("amount"), rs.getObject("incurred_on", LocalDate.class)),
            projectId,
            statusDate);
    EarnedValue.Exact exact = EarnedValue.at(statusDate, references, progress, costs);

    Header project = header.get();
    return Optional.of(
        new DashboardView(
            projectId,
            project.code(),
            project.name(),
            project.currency(),
            project.state(),
            statusDate,
            baselineNumber,
            EarnedValue.shown(exact),
            budgetByLine(projectId, statusDate, baselineNumber),
            schedule(project, items, statusDate),
            openChangeRequests(projectId),
            openRisks(projectId),
            latestStatusReport(projectId),
            tolerance(projectId, project, items, baseline, exact),
            project.version()));
  }

  private List<BudgetLine> budgetByLine(
      UUID projectId, LocalDate statusDate, Integer baselineNumber) {
    Map<UUID, BigDecimal> planned = new HashMap<>();
    if (baselineNumber != null) {
      jdbc.query(
          "SELECT budget_line_id, amount FROM project_baseline_line WHERE project_id = ? AND baseline_number = ?",
          rs -> {
            planned.put(rs.getObject("budget_line_id", UUID.class), rs.getBigDecimal("amount"));
          },
          projectId,
          baselineNumber);
    }
    return jdbc.query(
        """
        SELECT l.budget_line_id, l.category, l.amount,
               COALESCE((SELECT SUM(c.amount) FROM project_cost c
                         WHERE c.project_id = l.project_id AND c.budget_line_id = l.budget_line_id
                           AND c.incurred_on <= ?), 0) AS actual
        FROM project_budget_line l WHERE l.project_id = ? ORDER BY l.position
        """,
        (rs, row) -> {
          UUID id = rs.getObject("budget_line_id", UUID.class);
          BigDecimal budget = rs.getBigDecimal("amount");
          BigDecimal actual = EarnedValue.money(rs.getBigDecimal("actual"));
          return new BudgetLine(
              id,
              rs.getString("category"),
              EarnedValue.money(planned.getOrDefault(id, budget)),
              EarnedValue.money(budget),
              actual,
              EarnedValue.money(budget.subtract(actual)),
              actual.compareTo(budget) > 0);
        },
        statusDate,
        projectId);
  }

  private static ScheduleSummary schedule(
      Header project, List<PlannedItem> items, LocalDate statusDate) {
    int workPackages = 0;
    int complete = 0;
    int milestones = 0;
    int late = 0;
    LocalDate forecast = null;
    PlannedItem next = null;
    for (PlannedItem item : items) {
      if (item.isMilestone()) {
        milestones++;
        if (!item.finish().isBefore(statusDate)
            && (next == null || item.finish().isBefore(next.finish()))) {
          next = item;
        }
      } else {
        workPackages++;
        if (item.percentComplete() == 100) {
          complete++;
        }
      }
      if (Lateness.isLate(item, items, statusDate)) {
        late++;
      }
      if (forecast == null || item.finish().isAfter(forecast)) {
        forecast = item.finish();
      }
    }
    return new ScheduleSummary(
        project.plannedStart(),
        project.plannedFinish(),
        forecast,
        workPackages,
        complete,
        milestones,
        late,
        next == null ? null : next.finish(),
        next == null ? null : next.name());
  }

  private List<OpenChangeRequest> openChangeRequests(UUID projectId) {
    return jdbc.query(
        "SELECT change_request_id, title, requested_by, raised_at FROM project_change_request"
            + " WHERE project_id = ? AND status = 'RAISED' ORDER BY raised_at",
        (rs, row) ->
            new OpenChangeRequest(
                rs.getObject("change_request_id", UUID.class),
                rs.getString("title"),
                rs.getString("requested_by"),
                instant(rs.getObject("raised_at", OffsetDateTime.class))),
        projectId);
  }

  private List<OpenRisk> openRisks(UUID projectId) {
    return jdbc.query(
        "SELECT * FROM project_risk WHERE project_id = ? AND open = TRUE"
            + " ORDER BY probability * impact DESC, title",
        (rs, row) ->
            new OpenRisk(
                rs.getObject("risk_id", UUID.class),
                rs.getString("title"),
                rs.getInt("probability"),
                rs.getInt("impact"),
                rs.getInt("probability") * rs.getInt("impact"),
                rs.getString("owner"),
                rs.getString("mitigation")),
        projectId);
  }

  private StatusReport latestStatusReport(UUID projectId) {
    return jdbc
        .query(
            "SELECT * FROM project_status_report WHERE project_id = ? ORDER BY sequence DESC LIMIT 1",
            (rs, row) ->
                new StatusReport(
                    rs.getObject("report_id", UUID.class),
                    rs.getString("rag"),
                    rs.getString("summary"),
                    rs.getObject("status_date", LocalDate.class),
                    instant(rs.getObject("published_at", OffsetDateTime.class)),
                    rs.getString("published_by")),
            projectId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private ToleranceState tolerance(
      UUID projectId,
      Header project,
      List<PlannedItem> items,
      Map<UUID, FrozenItem> baseline,
      EarnedValue.Exact exact) {
    Integer breaches =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM project_tolerance_breach WHERE project_id = ?",
            Integer.class,
            projectId);
    if (baseline.isEmpty()) {
      return new ToleranceState(
          project.scheduleDays(),
          project.costPercent(),
          null,
          true,
          0,
          true,
          breaches == null ? 0 : breaches);
    }
    BigDecimal baselineTotal =
        baseline.values().stream()
            .map(FrozenItem::plannedCost)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal limit =
        baselineTotal.add(baselineTotal.multiply(project.costPercent()).movePointLeft(2));
    long worstDrift = 0;
    for (PlannedItem item : items) {
      FrozenItem frozen = baseline.get(item.id());
      if (frozen != null) {
        worstDrift =
            Math.max(worstDrift, Math.abs(ChronoUnit.DAYS.between(frozen.finish(), item.finish())));
      }
    }
    return new ToleranceState(
        project.scheduleDays(),
        project.costPercent(),
        EarnedValue.money(limit),
        exact.eac().compareTo(limit) <= 0,
        worstDrift,
        worstDrift <= project.scheduleDays(),
        breaches == null ? 0 : breaches);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

package org.projectledger.query.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.dashboard.DashboardView.MaintenanceActivity;
import org.projectledger.api.dashboard.DashboardView.OpenChangeRequest;
import org.projectledger.api.dashboard.DashboardView.OpenRisk;
import org.projectledger.api.dashboard.DashboardView.StatusReport;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskStrategy;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.query.project.ProjectFacts.CostFact;
import org.projectledger.query.project.ProjectFacts.Header;
import org.projectledger.query.project.ProjectFacts.LineFact;
import org.projectledger.query.project.ProjectFacts.ProgressFact;
import org.projectledger.query.project.ProjectFacts.StakeholderFact;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's facts as they stand now, from its read-model tables: a few indexed queries by
 * project, in one repeatable-read transaction so that they agree with the version they report.
 */
@Component
public class ProjectFactsFromTables {

  private final JdbcTemplate jdbc;
  private final ProjectPlans plans;

  ProjectFactsFromTables(JdbcTemplate jdbc, ProjectPlans plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Optional<ProjectFacts> of(UUID projectId) {
    ProjectCalendar[] calendar = {ProjectCalendar.EVERY_DAY};
    Optional<Header> header =
        jdbc
            .query(
                "SELECT * FROM portfolio_project WHERE project_id = ?",
                (rs, row) -> {
                  calendar[0] =
                      StoredCalendars.parse(
                          rs.getString("working_days"), rs.getString("non_working_dates"));
                  return new Header(
                      rs.getString("code"),
                      rs.getString("name"),
                      rs.getString("currency"),
                      ProjectState.valueOf(rs.getString("state")),
                      rs.getObject("planned_start", LocalDate.class),
                      rs.getObject("planned_finish", LocalDate.class),
                      rs.getInt("schedule_tolerance_days"),
                      rs.getBigDecimal("cost_tolerance_percent"),
                      rs.getString("sponsor"),
                      rs.getString("manager"),
                      rs.getObject("chartered_at", OffsetDateTime.class).toInstant(),
                      rs.getString("chartered_by"),
                      rs.getLong("version"));
                },
                projectId)
            .stream()
            .findFirst();
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Integer baselineNumber = plans.latestBaseline(projectId).orElse(null);
    Map<UUID, FrozenItem> baseline =
        baselineNumber == null ? Map.of() : plans.baseline(projectId, baselineNumber);
    Map<UUID, BigDecimal> baselineLines = new HashMap<>();
    if (baselineNumber != null) {
      jdbc.query(
          "SELECT budget_line_id, amount FROM project_baseline_line WHERE project_id = ? AND baseline_number = ?",
          rs -> {
            baselineLines.put(
                rs.getObject("budget_line_id", UUID.class), rs.getBigDecimal("amount"));
          },
          projectId,
          baselineNumber);
    }
    List<ProgressFact> progress =
        jdbc.query(
            "SELECT work_package_id, status_date, sequence, percent_complete, actual_start,"
                + " actual_finish FROM project_progress WHERE project_id = ?",
            (rs, row) ->
                new ProgressFact(
                    rs.getObject("work_package_id", UUID.class),
                    rs.getObject("status_date", LocalDate.class),
                    rs.getLong("sequence"),
                    rs.getInt("percent_complete"),
                    rs.getObject("actual_start", LocalDate.class),
                    rs.getObject("actual_finish", LocalDate.class)),
            projectId);
    List<CostFact> costs =
        jdbc.query(
            "SELECT cost_id, budget_line_id, work_package_id, amount, incurred_on, reference,"
                + " reversed_by FROM project_cost WHERE project_id = ? ORDER BY sequence",
            (rs, row) -> ProjectFactsFromTables.cost(rs),
            projectId);
    List<LineFact> lines =
        jdbc.query(
            "SELECT budget_line_id, category, amount FROM project_budget_line WHERE project_id = ? ORDER BY position",
            (rs, row) ->
                new LineFact(
                    rs.getObject("budget_line_id", UUID.class),
                    rs.getString("category"),
                    rs.getBigDecimal("amount")),
            projectId);
    List<OpenChangeRequest> openChangeRequests =
        jdbc.query(
            "SELECT change_request_id, title, requested_by, raised_at FROM project_change_request"
                + " WHERE project_id = ? AND status = 'RAISED' ORDER BY raised_at",
            (rs, row) ->
                new OpenChangeRequest(
                    rs.getObject("change_request_id", UUID.class),
                    rs.getString("title"),
                    rs.getString("requested_by"),
                    rs.getObject("raised_at", OffsetDateTime.class).toInstant()),
            projectId);
    List<OpenRisk> openRisks =
        jdbc.query(
            "SELECT * FROM project_risk WHERE project_id = ? AND open = TRUE ORDER BY probability * impact DESC, title",
            (rs, row) ->
                OpenRisks.of(
                    rs.getObject("risk_id", UUID.class),
                    rs.getString("title"),
                    rs.getInt("probability"),
                    rs.getInt("impact"),
                    rs.getString("owner"),
                    rs.getString("mitigation"),
                    RiskKind.valueOf(rs.getString("kind")),
                    rs.getString("strategy") == null
                        ? OpenRisks.Response.NONE
                        : new OpenRisks.Response(
                            RiskStrategy.valueOf(rs.getString("strategy")),
                            rs.getString("response_owner"),
                            rs.getObject("proximity", LocalDate.class),
                            rs.getBigDecimal("cost_impact")),
                    header.get().currency()),
            projectId);
    StatusReport latest =
        jdbc
            .query(
                "SELECT * FROM project_status_report WHERE project_id = ? ORDER BY sequence DESC LIMIT 1",
                (rs, row) ->
                    new StatusReport(
                        rs.getObject("report_id", UUID.class),
                        rs.getString("rag"),
                        rs.getString("summary"),
                        rs.getObject("status_date", LocalDate.class),
                        rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                        rs.getString("published_by")),
                projectId)
            .stream()
            .findFirst()
            .orElse(null);
    List<MaintenanceActivity> maintenance =
        jdbc.query(
            "SELECT * FROM project_maintenance_activity WHERE project_id = ? ORDER BY sequence",
            (rs, row) ->
                new MaintenanceActivity(
                    rs.getObject("activity_id", UUID.class),
                    rs.getString("kind"),
                    rs.getObject("performed_on", LocalDate.class),
                    rs.getString("description"),
                    rs.getString("outcome"),
                    rs.getObject("budget_line_id", UUID.class),
                    rs.getBigDecimal("cost"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor")),
            projectId);
    Integer breaches =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM project_tolerance_breach WHERE project_id = ?",
            Integer.class,
            projectId);
    return Optional.of(
        new ProjectFacts(
            header.get(),
            plans.items(projectId),
            baselineNumber,
            baseline,
            baselineLines,
            progress,
            costs,
            lines,
            openChangeRequests,
            openRisks,
            latest,
            breaches == null ? 0 : breaches,
            jdbc.query(
                "SELECT * FROM project_stakeholder WHERE project_id = ? ORDER BY role, stakeholder_id",
                (rs, row) ->
                    new StakeholderFact(
                        rs.getObject("stakeholder_id", UUID.class),
                        new SealedPersonalData(
                            rs.getObject("key_id", UUID.class),
                            rs.getString("nonce"),
                            rs.getString("ciphertext")),
                        rs.getString("role"),
                        rs.getString("interests").isEmpty()
                            ? List.of()
                            : List.of(rs.getString("interests").split(","))),
                projectId),
            maintenance,
            calendar[0],
            plans.summaries(projectId),
            plans.fileBaselines(projectId)));
  }

  /** One row of {@code project_cost}. */
  public static CostFact cost(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CostFact(
        rs.getObject("cost_id", UUID.class),
        rs.getObject("budget_line_id", UUID.class),
        rs.getObject("work_package_id", UUID.class),
        rs.getBigDecimal("amount"),
        rs.getObject("incurred_on", LocalDate.class),
        rs.getString("reference"),
        rs.getObject("reversed_by", UUID.class));
  }
}

package org.projectledger.query.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.portfolio.PortfolioRow;
import org.projectledger.api.portfolio.ProjectView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@code portfolio_project}: one indexed lookup or one page per request, never a replay. */
@Component
class PortfolioReads {

  /** The sort keys a client may name, and the columns behind them. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "code", "code",
          "name", "name",
          "state", "state",
          "plannedStart", "planned_start",
          "plannedFinish", "planned_finish",
          "manager", "manager",
          "sponsor", "sponsor");

  private final JdbcTemplate jdbc;

  PortfolioReads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ProjectView> project(UUID projectId) {
    return jdbc
        .query(
            "SELECT * FROM portfolio_project WHERE project_id = ?",
            (rs, row) -> view(rs),
            projectId)
        .stream()
        .findFirst();
  }

  OptionalLong version(UUID projectId) {
    List<Long> versions =
        jdbc.queryForList(
            "SELECT version FROM portfolio_project WHERE project_id = ?", Long.class, projectId);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }

  List<PortfolioRow> page(
      ProjectState state, String sortColumn, boolean descending, int page, int size) {
    // The column comes from SORTABLE, never from the request itself.
    String order = sortColumn + (descending ? " DESC" : " ASC") + ", project_id ASC";
    String where = state == null ? "" : " WHERE state = ?";
    Object[] arguments =
        state == null
            ? new Object[] {size, (long) page * size}
            : new Object[] {state.name(), size, (long) page * size};
    return jdbc.query(
        "SELECT * FROM portfolio_project" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
        (rs, row) -> row(rs),
        arguments);
  }

  long count(ProjectState state) {
    Long count =
        state == null
            ? jdbc.queryForObject("SELECT COUNT(*) FROM portfolio_project", Long.class)
            : jdbc.queryForObject(
                "SELECT COUNT(*) FROM portfolio_project WHERE state = ?", Long.class, state.name());
    return count == null ? 0 : count;
  }

  private static ProjectView view(ResultSet rs) throws SQLException {
    return new ProjectView(
        rs.getObject("project_id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        ProjectState.valueOf(rs.getString("state")),
        rs.getString("sponsor"),
        rs.getString("manager"),
        rs.getString("currency"),
        rs.getObject("planned_start", java.time.LocalDate.class),
        rs.getObject("planned_finish", java.time.LocalDate.class),
        new ProjectView.Tolerances(
            rs.getInt("schedule_tolerance_days"), rs.getBigDecimal("cost_tolerance_percent")),
        rs.getObject("chartered_at", java.time.OffsetDateTime.class).toInstant(),
        rs.getString("chartered_by"),
        rs.getLong("version"));
  }

  private static PortfolioRow row(ResultSet rs) throws SQLException {
    return new PortfolioRow(
        rs.getObject("project_id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        ProjectState.valueOf(rs.getString("state")),
        rs.getString("sponsor"),
        rs.getString("manager"),
        rs.getString("currency"),
        rs.getObject("planned_start", java.time.LocalDate.class),
        rs.getObject("planned_finish", java.time.LocalDate.class),
        rs.getLong("version"));
  }
}

package org.projectledger.query.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.platform.BusinessDates;
import org.projectledger.query.dashboard.ProvenanceController.Figure;
import org.projectledger.query.dashboard.ProvenanceController.Provenance;
import org.projectledger.query.dashboard.ProvenanceController.Source;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the events behind a dashboard figure (see {@link ProvenanceController}): the rows a figure
 * is computed from carry the sequence numbers of the events that wrote them, and the audit trail
 * tells who, why and when. One repeatable-read transaction, so that figure and sources agree.
 */
@Component
class Provenances {

  private final JdbcTemplate jdbc;
  private final Dashboards dashboards;
  private final ProjectFactsAsOf history;
  private final BusinessDates dates;

  Provenances(
      JdbcTemplate jdbc, Dashboards dashboards, ProjectFactsAsOf history, BusinessDates dates) {
    this.jdbc = jdbc;
    this.dashboards = dashboards;
    this.history = history;
    this.dates = dates;
  }

  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  Provenance of(
      UUID projectId,
      Figure asked,
      UUID budgetLineId,
      LocalDate statusDate,
      Instant asOf,
      long upTo) {
    LocalDate date = dates.statusDate(statusDate, asOf);
    DashboardView dashboard =
        (asOf == null
                ? dashboards.of(projectId, date)
                : history.of(projectId, asOf).map(facts -> Dashboards.of(projectId, facts, date)))
            .orElseThrow(
                () ->
                    new LedgerException(
                        ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));

    Set<Long> sequences = new TreeSet<>();
    switch (asked) {
      case AC -> sequences.addAll(costs(projectId, date, null, upTo));
      case LINE_ACTUAL -> sequences.addAll(costs(projectId, date, budgetLineId, upTo));
      case BAC, PV -> sequences.addAll(plan(projectId, upTo));
      case EV -> {
        sequences.addAll(progress(projectId, date, upTo));
        sequences.addAll(plan(projectId, upTo));
      }
      case SV, SPI -> {
        sequences.addAll(progress(projectId, date, upTo));
        sequences.addAll(plan(projectId, upTo));
      }
      default -> {
        sequences.addAll(costs(projectId, date, null, upTo));
        sequences.addAll(progress(projectId, date, upTo));
        sequences.addAll(plan(projectId, upTo));
      }
    }
    return new Provenance(
        projectId,
        asked,
        date,
        value(asked, dashboard, budgetLineId),
        sources(projectId, sequences));
  }

  /** A cost reversed at or before the version asked for no longer counts. */
  private static final String NOT_REVERSED_BY =
      " AND (reversed_sequence IS NULL OR reversed_sequence > ?)";

  private List<Long> costs(UUID projectId, LocalDate date, UUID budgetLineId, long upTo) {
    return budgetLineId == null
        ? jdbc.queryForList(
            "SELECT sequence FROM project_cost WHERE project_id = ? AND incurred_on <= ? AND sequence <= ?"
                + NOT_REVERSED_BY,
            Long.class,
            projectId,
            date,
            upTo,
            upTo)
        : jdbc.queryForList(
            "SELECT sequence FROM project_cost WHERE project_id = ? AND incurred_on <= ? AND sequence <= ?"
                + NOT_REVERSED_BY
                + " AND budget_line_id = ?",
            Long.class,
            projectId,
            date,
            upTo,
            upTo,
            budgetLineId);
  }

  /** The latest report on or before the date for each work package. */
  private List<Long> progress(UUID projectId, LocalDate date, long upTo) {
    return jdbc.queryForList(
        """
        SELECT p.sequence FROM project_progress p
        WHERE p.project_id = ? AND p.status_date <= ? AND p.sequence <= ?
          AND NOT EXISTS (SELECT 1 FROM project_progress later
                          WHERE later.project_id = p.project_id AND later.work_package_id = p.work_package_id
                            AND later.status_date <= ? AND later.sequence <= ?
                            AND (later.status_date > p.status_date
                                 OR (later.status_date = p.status_date AND later.sequence > p.sequence)))
        """,
        Long.class,
        projectId,
        date,
        upTo,
        date,
        upTo);
  }

  /**
   * The plan figures are measured against: the latest baseline's event, the approval that revised
   * it, and the planning of work packages that baseline does not hold.
   */
  private List<Long> plan(UUID projectId, long upTo) {
    List<Long> sequences = new ArrayList<>();
    List<Map<String, Object>> latest =
        jdbc.queryForList(
            "SELECT baseline_number, sequence, change_request_id FROM project_baseline WHERE project_id = ?"
                + " AND sequence <= ? ORDER BY baseline_number DESC LIMIT 1",
            projectId,
            upTo);
    Integer number = null;
    if (!latest.isEmpty()) {
      number = ((Number) latest.get(0).get("baseline_number")).intValue();
      sequences.add(((Number) latest.get(0).get("sequence")).longValue());
      Object changeRequest = latest.get(0).get("change_request_id");
      if (changeRequest != null) {
        sequences.addAll(
            jdbc.queryForList(
                "SELECT sequence FROM audit_entry WHERE project_id = ? AND type = 'ChangeRequestApproved'"
                    + " AND changes LIKE ?",
                Long.class,
                projectId,
                "%" + changeRequest + "%"));
      }
    }
    sequences.addAll(
        jdbc.queryForList(
            "SELECT i.position FROM project_item i WHERE i.project_id = ? AND i.kind = 'WORK_PACKAGE'"
                + " AND NOT EXISTS (SELECT 1 FROM project_baseline_item b WHERE b.project_id = i.project_id"
                + " AND b.baseline_number = ? AND b.item_id = i.item_id) AND i.position <= ?",
            Long.class,
            projectId,
            number == null ? -1 : number,
            upTo));
    return sequences;
  }

  private List<Source> sources(UUID projectId, Set<Long> sequences) {
    if (sequences.isEmpty()) {
      return List.of();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(projectId);
    arguments.addAll(sequences);
    return jdbc.query(
        "SELECT * FROM audit_entry WHERE project_id = ? AND sequence IN ("
            + String.join(",", sequences.stream().map(sequence -> "?").toList())
            + ") ORDER BY global_position",
        (rs, row) ->
            new Source(
                rs.getLong("global_position"),
                rs.getLong("sequence"),
                rs.getString("type"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("reason"),
                rs.getString("summary")),
        arguments.toArray());
  }

  private static BigDecimal value(Figure figure, DashboardView dashboard, UUID budgetLineId) {
    EarnedValueFigures ev = dashboard.earnedValue();
    return switch (figure) {
      case BAC -> ev.bac();
      case PV -> ev.pv();
      case EV -> ev.ev();
      case AC -> ev.ac();
      case CV -> ev.cv();
      case SV -> ev.sv();
      case CPI -> ev.cpi();
      case SPI -> ev.spi();
      case EAC -> ev.eac();
      case ETC -> ev.etc();
      case VAC -> ev.vac();
      case TCPI -> ev.tcpi();
      case LINE_ACTUAL ->
          dashboard.budgetByLine().stream()
              .filter(line -> line.budgetLineId().equals(budgetLineId))
              .map(DashboardView.BudgetLine::actual)
              .findFirst()
              .orElseThrow(
                  () -> new LedgerException(ErrorCode.NOT_FOUND, "No budget line " + budgetLineId));
    };
  }
}

package org.projectledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.platform.web.InvalidRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provenance: the events behind one dashboard figure, each with who entered it, why and when. AC
 * rests on the costs up to the status date (one line's, for {@code LINE_ACTUAL}); EV on the latest
 * progress of each work package and on the plan it is measured against; BAC and PV on that plan:
 * the latest baseline (with the approved change request that revised it) and any work planned
 * since. The indices rest on the events of the figures they divide.
 */
@RestController
@Tag(name = "Dashboard")
class ProvenanceController {

  enum Figure {
    BAC,
    PV,
    EV,
    AC,
    CV,
    SV,
    CPI,
    SPI,
    EAC,
    ETC,
    VAC,
    TCPI,
    LINE_ACTUAL
  }

  record Source(
      long globalPosition,
      long sequence,
      String type,
      Instant recordedAt,
      String actor,
      String reason,
      String summary) {}

  record Provenance(
      UUID projectId, Figure figure, LocalDate statusDate, BigDecimal value, List<Source> events) {}

  private final JdbcTemplate jdbc;
  private final Dashboards dashboards;
  private final Clock clock;

  ProvenanceController(JdbcTemplate jdbc, Dashboards dashboards, Clock clock) {
    this.jdbc = jdbc;
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping("/api/projects/{projectId}/dashboard/provenance")
  @Operation(
      summary =
          "The events behind one dashboard figure (BAC, PV, EV, AC, …, LINE_ACTUAL with budgetLineId)")
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Provenance provenance(
      @PathVariable UUID projectId,
      @RequestParam String figure,
      @RequestParam(required = false) UUID budgetLineId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate) {
    Figure asked = figure(figure);
    if (asked == Figure.LINE_ACTUAL && budgetLineId == null) {
      throw new InvalidRequest("budgetLineId", "names the budget line whose actual is asked");
    }
    LocalDate date = statusDate != null ? statusDate : LocalDate.now(clock);
    DashboardView dashboard =
        dashboards
            .of(projectId, date)
            .orElseThrow(
                () ->
                    new LedgerException(
                        ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));

    Set<Long> sequences = new TreeSet<>();
    switch (asked) {
      case AC -> sequences.addAll(costs(projectId, date, null));
      case LINE_ACTUAL -> sequences.addAll(costs(projectId, date, budgetLineId));
      case BAC, PV -> sequences.addAll(plan(projectId));
      case EV -> {
        sequences.addAll(progress(projectId, date));
        sequences.addAll(plan(projectId));
      }
      case SV, SPI -> {
        sequences.addAll(progress(projectId, date));
        sequences.addAll(plan(projectId));
      }
      default -> {
        sequences.addAll(costs(projectId, date, null));
        sequences.addAll(progress(projectId, date));
        sequences.addAll(plan(projectId));
      }
    }
    return new Provenance(
        projectId,
        asked,
        date,
        value(asked, dashboard, budgetLineId),
        sources(projectId, sequences));
  }

  private List<Long> costs(UUID projectId, LocalDate date, UUID budgetLineId) {
    return budgetLineId == null
        ? jdbc.queryForList(
            "SELECT sequence FROM project_cost WHERE project_id = ? AND incurred_on <= ?",
            Long.class,
            projectId,
            date)
        : jdbc.queryForList(
            "SELECT sequence FROM project_cost WHERE project_id = ? AND incurred_on <= ? AND budget_line_id = ?",
            Long.class,
            projectId,
            date,
            budgetLineId);
  }

  /** The latest report on or before the date for each work package. */
  private List<Long> progress(UUID projectId, LocalDate date) {
    return jdbc.queryForList(
        """
        SELECT p.sequence FROM project_progress p
        WHERE p.project_id = ? AND p.status_date <= ?
          AND NOT EXISTS (SELECT 1 FROM project_progress later
                          WHERE later.project_id = p.project_id AND later.work_package_id = p.work_package_id
                            AND later.status_date <= ?
                            AND (later.status_date > p.status_date
                                 OR (later.status_date = p.status_date AND later.sequence > p.sequence)))
        """,
        Long.class,
        projectId,
        date,
        date);
  }

  /**
   * The plan figures are measured against: the latest baseline's event, the approval that revised
   * it, and the planning of work packages that baseline does not hold.
   */
  private List<Long> plan(UUID projectId) {
    List<Long> sequences = new ArrayList<>();
    List<java.util.Map<String, Object>> latest =
        jdbc.queryForList(
            "SELECT baseline_number, sequence, change_request_id FROM project_baseline WHERE project_id = ?"
                + " ORDER BY baseline_number DESC LIMIT 1",
            projectId);
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
                + " AND b.baseline_number = ? AND b.item_id = i.item_id)",
            Long.class,
            projectId,
            number == null ? -1 : number));
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

  private static Figure figure(String name) {
    try {
      return Figure.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequest(
          "figure", "must be one of " + java.util.Arrays.toString(Figure.values()));
    }
  }
}

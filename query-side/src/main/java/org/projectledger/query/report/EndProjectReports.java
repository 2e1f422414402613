package org.projectledger.query.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectledger.api.ProjectState;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ScheduleView;
import org.projectledger.figures.EarnedValue;
import org.projectledger.platform.BusinessDates;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.projectledger.query.registers.RegisterReads;
import org.projectledger.query.registers.Registers;
import org.projectledger.query.registers.RegistersView;
import org.projectledger.query.report.EndProjectReport.BaselineSummary;
import org.projectledger.query.report.EndProjectReport.ChangeRequestOutcome;
import org.projectledger.query.report.EndProjectReport.ItemOutcome;
import org.projectledger.query.report.EndProjectReport.Outcomes;
import org.projectledger.query.report.EndProjectReport.Planned;
import org.projectledger.query.report.EndProjectReport.ToleranceException;
import org.projectledger.query.schedule.Schedules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the end-project report from the read models the other pages show, each figure by its own
 * one definition: the dashboard's earned value ({@code EarnedValue.shown}, as {@code Dashboards}),
 * the schedule's rows ({@link Schedules}: actual dates, EV and AC per work package), the registers
 * ({@link Registers}), and the baselines, change requests and tolerance exceptions as the project
 * tables keep them. A closed project's report is as of the day it closed; an open project's is a
 * draft as of today.
 */
@Component
public class EndProjectReports {

  private final JdbcTemplate jdbc;
  private final ProjectFactsFromTables now;
  private final RegisterReads registers;
  private final BusinessDates dates;

  EndProjectReports(
      JdbcTemplate jdbc, ProjectFactsFromTables now, RegisterReads registers, BusinessDates dates) {
    this.jdbc = jdbc;
    this.now = now;
    this.registers = registers;
    this.dates = dates;
  }

  public Optional<EndProjectReport> of(UUID projectId) {
    Optional<ProjectFacts> known = now.of(projectId);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    ProjectFacts facts = known.get();
    List<Registers.Entry> entries = registers.entries(projectId, null);
    Optional<Instant> closedAt =
        entries.stream()
            .filter(entry -> entry.event() instanceof ProjectClosed)
            .map(Registers.Entry::recordedAt)
            .findFirst();
    boolean closed = facts.header().state() == ProjectState.CLOSED && closedAt.isPresent();
    LocalDate statusDate = closed ? dates.dateOf(closedAt.get()) : dates.today();
    RegistersView view = Registers.fold(projectId, facts, entries, null, statusDate);
    String currency = facts.header().currency();
    ScheduleView schedule = Schedules.of(projectId, facts, statusDate);
    return Optional.of(
        new EndProjectReport(
            projectId,
            facts.header().code(),
            facts.header().name(),
            currency,
            facts.header().state(),
            closed,
            view.closure(),
            statusDate,
            // The dashboard's twelve figures, by the same definition it shows them with.
            EarnedValue.shown(facts.earnedValueOn(statusDate), currency),
            baselines(projectId),
            items(projectId, schedule, currency),
            outcomes(changeRequests(projectId), ChangeRequestOutcome::status),
            outcomes(view.issues(), issue -> issue.state().name()),
            outcomes(view.risks(), risk -> risk.open() ? "OPEN" : "CLOSED"),
            view.exposure(),
            toleranceExceptions(projectId),
            outcomes(
                view.workPackages().stream().filter(row -> row.state() != null).toList(),
                row -> row.state().name()),
            view.lessons(),
            facts.header().version()));
  }

  private static <T> Outcomes<T> outcomes(List<T> rows, Function<T, String> outcome) {
    Map<String, Long> counts =
        rows.stream()
            .collect(Collectors.groupingBy(outcome, LinkedHashMap::new, Collectors.counting()));
    return new Outcomes<>(counts, rows);
  }

  private List<BaselineSummary> baselines(UUID projectId) {
    return jdbc.query(
        """
        SELECT baseline_number, recorded_at, total_planned_cost, change_request_id
        FROM project_baseline WHERE project_id = ? ORDER BY baseline_number
        """,
        (rs, row) ->
            new BaselineSummary(
                rs.getInt("baseline_number"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getBigDecimal("total_planned_cost"),
                rs.getObject("change_request_id", UUID.class)),
        projectId);
  }

  /** Each scheduled item beside what every baseline planned for it. */
  private List<ItemOutcome> items(UUID projectId, ScheduleView schedule, String currency) {
    Map<UUID, List<Planned>> planned = new LinkedHashMap<>();
    jdbc.query(
        """
        SELECT baseline_number, item_id, planned_start, planned_finish, planned_cost
        FROM project_baseline_item WHERE project_id = ? ORDER BY baseline_number
        """,
        rs -> {
          planned
              .computeIfAbsent(rs.getObject("item_id", UUID.class), id -> new ArrayList<>())
              .add(
                  new Planned(
                      rs.getInt("baseline_number"),
                      rs.getObject("planned_start", LocalDate.class),
                      rs.getObject("planned_finish", LocalDate.class),
                      EarnedValue.money(rs.getBigDecimal("planned_cost"), currency)));
        },
        projectId);
    List<ItemOutcome> items = new ArrayList<>();
    for (ScheduleView.Item item : schedule.items()) {
      if (item.kind() != ItemKind.WORK_PACKAGE && item.kind() != ItemKind.MILESTONE) {
        continue;
      }
      // EVM's cost variance of the work package, EV − AC: at completion, its baseline cost less
      // what it cost.
      BigDecimal costVariance =
          item.earnedValue() == null || item.actualCost() == null
              ? null
              : EarnedValue.money(item.earnedValue().subtract(item.actualCost()), currency);
      items.add(
          new ItemOutcome(
              item.itemId(),
              item.kind(),
              item.wbsCode(),
              item.name(),
              planned.getOrDefault(item.itemId(), List.of()),
              item.plannedStart(),
              item.plannedFinish(),
              item.plannedCost(),
              item.actualStart(),
              item.actualFinish(),
              item.percentComplete(),
              item.earnedValue(),
              item.actualCost(),
              item.finishVarianceDays(),
              costVariance));
    }
    return items;
  }

  private List<ChangeRequestOutcome> changeRequests(UUID projectId) {
    return jdbc.query(
        """
        SELECT change_request_id, title, status, requested_by, raised_at, decided_by, decided_at
        FROM project_change_request WHERE project_id = ? ORDER BY raised_at
        """,
        (rs, row) ->
            new ChangeRequestOutcome(
                rs.getObject("change_request_id", UUID.class),
                rs.getString("title"),
                rs.getString("status"),
                rs.getString("requested_by"),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class) == null
                    ? null
                    : rs.getObject("decided_at", OffsetDateTime.class).toInstant()),
        projectId);
  }

  private List<ToleranceException> toleranceExceptions(UUID projectId) {
    return jdbc.query(
        """
        SELECT kind, recorded_at, estimate, limit_amount, forecast_finish, baseline_finish
        FROM project_tolerance_breach WHERE project_id = ? ORDER BY sequence
        """,
        (rs, row) ->
            new ToleranceException(
                rs.getString("kind"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getBigDecimal("estimate"),
                rs.getBigDecimal("limit_amount"),
                rs.getObject("forecast_finish", LocalDate.class),
                rs.getObject("baseline_finish", LocalDate.class)),
        projectId);
  }
}

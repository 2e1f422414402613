package org.projectledger.query.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.portfolio.PortfolioPage;
import org.projectledger.api.portfolio.PortfolioRow;
import org.projectledger.api.portfolio.ProjectView;
import org.projectledger.api.stakeholders.PersonalData;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.platform.privacy.PersonalDataVault;
import org.projectledger.query.consistency.PrecomputedReads;
import org.projectledger.query.dashboard.Dashboards;
import org.projectledger.query.portfolio.PortfolioFigures.Figures;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.projectledger.query.project.ProjectPlans;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

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
  private final ProjectPlans plans;
  private final PersonalDataVault vault;
  private final Dashboards dashboards;
  private final PortfolioFigures figures;
  private final PrecomputedReads precomputed;
  private final ProjectFactsAsOf history;

  PortfolioReads(
      JdbcTemplate jdbc,
      ProjectPlans plans,
      PersonalDataVault vault,
      Dashboards dashboards,
      PortfolioFigures figures,
      PrecomputedReads precomputed,
      ProjectFactsAsOf history) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.vault = vault;
    this.dashboards = dashboards;
    this.figures = figures;
    this.precomputed = precomputed;
    this.history = history;
  }

  /** The project as planned now; personal data only where {@code withPersonalData}. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  Optional<ProjectView> project(UUID projectId, boolean withPersonalData) {
    List<PlannedItem> items = plans.items(projectId);
    List<ProjectView.BudgetLine> lines =
        jdbc.query(
            "SELECT budget_line_id, category, amount FROM project_budget_line WHERE project_id = ? ORDER BY position",
            (rs, row) ->
                new ProjectView.BudgetLine(
                    rs.getObject("budget_line_id", UUID.class),
                    rs.getString("category"),
                    rs.getBigDecimal("amount")),
            projectId);
    List<ProjectView.Stakeholder> stakeholders =
        jdbc.query(
            "SELECT * FROM project_stakeholder WHERE project_id = ? ORDER BY role, stakeholder_id",
            (rs, row) -> {
              SealedPersonalData sealed =
                  new SealedPersonalData(
                      rs.getObject("key_id", UUID.class),
                      rs.getString("nonce"),
                      rs.getString("ciphertext"));
              Optional<PersonalData> opened = vault.open(sealed);
              String interests = rs.getString("interests");
              return new ProjectView.Stakeholder(
                  rs.getObject("stakeholder_id", UUID.class),
                  withPersonalData ? opened.map(PersonalData::name).orElse(null) : null,
                  withPersonalData ? opened.map(PersonalData::email).orElse(null) : null,
                  rs.getString("role"),
                  interests.isEmpty() ? List.of() : List.of(interests.split(",")),
                  opened.isEmpty());
            },
            projectId);
    List<ProjectView.Cost> costs =
        jdbc
            .query(
                "SELECT * FROM project_cost WHERE project_id = ? ORDER BY sequence",
                (rs, row) -> ProjectFactsFromTables.cost(rs),
                projectId)
            .stream()
            .map(PortfolioReads::cost)
            .toList();
    Map<UUID, ScheduleTolerance.Actual> actuals =
        ProjectFacts.actualDates(
            jdbc.query(
                "SELECT work_package_id, status_date, sequence, actual_start, actual_finish"
                    + " FROM project_progress WHERE project_id = ?",
                (rs, row) ->
                    new ProjectFacts.ProgressFact(
                        rs.getObject("work_package_id", UUID.class),
                        rs.getObject("status_date", LocalDate.class),
                        rs.getLong("sequence"),
                        0,
                        rs.getObject("actual_start", LocalDate.class),
                        rs.getObject("actual_finish", LocalDate.class)),
                projectId),
            LocalDate.MAX);
    return jdbc
        .query(
            "SELECT * FROM portfolio_project WHERE project_id = ?",
            (rs, row) -> view(rs, items, actuals, lines, costs, stakeholders),
            projectId)
        .stream()
        .findFirst();
  }

  /**
   * The project as a past instant's facts hold it (asOf); personal data as it can be opened now.
   */
  ProjectView project(UUID projectId, ProjectFacts facts, boolean withPersonalData) {
    ProjectFacts.Header header = facts.header();
    List<ProjectView.Stakeholder> stakeholders =
        facts.stakeholders().stream()
            .map(
                stakeholder -> {
                  Optional<PersonalData> opened = vault.open(stakeholder.sealed());
                  return new ProjectView.Stakeholder(
                      stakeholder.stakeholderId(),
                      withPersonalData ? opened.map(PersonalData::name).orElse(null) : null,
                      withPersonalData ? opened.map(PersonalData::email).orElse(null) : null,
                      stakeholder.role(),
                      stakeholder.interests(),
                      opened.isEmpty());
                })
            .toList();
    return new ProjectView(
        projectId,
        header.code(),
        header.name(),
        header.state(),
        header.sponsor(),
        header.manager(),
        header.currency(),
        header.plannedStart(),
        header.plannedFinish(),
        new ProjectView.Tolerances(header.scheduleDays(), header.costPercent()),
        header.charteredAt(),
        header.charteredBy(),
        workPackages(facts.items(), facts.actualDatesOn(LocalDate.MAX)),
        milestones(facts.items()),
        facts.lines().stream()
            .map(
                line ->
                    new ProjectView.BudgetLine(line.budgetLineId(), line.category(), line.amount()))
            .toList(),
        facts.costs().stream().map(PortfolioReads::cost).toList(),
        stakeholders,
        header.version());
  }

  private static ProjectView.Cost cost(ProjectFacts.CostFact cost) {
    return new ProjectView.Cost(
        cost.costId(),
        cost.budgetLineId(),
        cost.workPackageId(),
        cost.amount(),
        cost.incurredOn(),
        cost.reference(),
        cost.reversedBy());
  }

  private static List<ProjectView.WorkPackage> workPackages(
      List<PlannedItem> items, Map<UUID, ScheduleTolerance.Actual> actuals) {
    return items.stream()
        .filter(item -> !item.isMilestone())
        .map(
            item -> {
              ScheduleTolerance.Actual actual =
                  actuals.getOrDefault(item.id(), new ScheduleTolerance.Actual(null, null));
              return new ProjectView.WorkPackage(
                  item.id(),
                  item.name(),
                  item.start(),
                  item.finish(),
                  item.plannedCost(),
                  item.percentComplete(),
                  item.dependsOn(),
                  item.cancelled(),
                  actual.start(),
                  actual.finish(),
                  item.sourceId(),
                  item.links());
            })
        .toList();
  }

  private static List<ProjectView.Milestone> milestones(List<PlannedItem> items) {
    return items.stream()
        .filter(PlannedItem::isMilestone)
        .map(
            item ->
                new ProjectView.Milestone(
                    item.id(),
                    item.name(),
                    item.finish(),
                    item.dependsOn(),
                    item.cancelled(),
                    item.sourceId(),
                    item.links()))
        .toList();
  }

  OptionalLong version(UUID projectId) {
    List<Long> versions =
        jdbc.queryForList(
            "SELECT version FROM portfolio_project WHERE project_id = ?", Long.class, projectId);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }

  /**
   * One page of the portfolio, each row with its figures as of {@code today}: the dashboard's own
   * computation, so that the portfolio and the dashboard never disagree. Figures kept for the
   * project's version and the day are read with the page; the others are computed, in the page's
   * snapshot, and kept for the next read.
   */
  List<PortfolioRow> page(
      ProjectState state,
      String sortColumn,
      boolean descending,
      int page,
      int size,
      LocalDate today) {
    Map<UUID, PortfolioFigures.Computed> computed = new LinkedHashMap<>();
    // Where every row's figures are kept, the page is one statement, atomic by itself; where one
    // must be computed, the page is read again in a snapshot and computed there.
    List<PortfolioRow> rows =
        rows(state, sortColumn, descending, page, size, today, computed, false);
    if (!computed.isEmpty()) {
      computed.clear();
      rows =
          precomputed.inSnapshot(
              () -> rows(state, sortColumn, descending, page, size, today, computed, true));
    }
    figures.remember(computed, today);
    return rows;
  }

  private List<PortfolioRow> rows(
      ProjectState state,
      String sortColumn,
      boolean descending,
      int page,
      int size,
      LocalDate today,
      Map<UUID, PortfolioFigures.Computed> computed,
      boolean computeMissing) {
    // The column comes from SORTABLE, never from the request itself. The page is cut first and
    // joined with its figures after, so a page costs its own rows whatever the portfolio's size.
    String order = sortColumn + (descending ? " DESC" : " ASC") + ", project_id ASC";
    String where = state == null ? "" : " WHERE state = ?";
    Object[] arguments =
        state == null
            ? new Object[] {size, (long) page * size, today}
            : new Object[] {state.name(), size, (long) page * size, today};
    return jdbc.query(
        "SELECT p.*, "
            + PortfolioFigures.JOINED_COLUMNS
            + " FROM (SELECT * FROM portfolio_project"
            + where
            + " ORDER BY "
            + order
            + " LIMIT ? OFFSET ?) p LEFT JOIN portfolio_figures f"
            + " ON f.project_id = p.project_id AND f.version = p.version AND f.status_date = ?"
            + " ORDER BY p."
            + order.replace(", project_id", ", p.project_id"),
        (rs, row) -> {
          UUID projectId = rs.getObject("project_id", UUID.class);
          Optional<Figures> kept = Figures.joined(rs);
          if (kept.isPresent()) {
            return row(rs, kept.get());
          }
          Figures shown =
              computeMissing
                  ? Figures.of(dashboards.of(projectId, today))
                  : Figures.of(Optional.empty());
          computed.put(projectId, new PortfolioFigures.Computed(rs.getLong("version"), shown));
          return row(rs, shown);
        },
        arguments);
  }

  /**
   * The portfolio as the ledger knew it at {@code asOf}: the projects chartered by then, each with
   * its state and figures folded from its events recorded up to that instant and measured on {@code
   * statusDate} (DOMAIN.md, "Both clocks"). Later events are not seen. Projects are ordered by the
   * sort column as recorded now (the charter's fields never change afterwards); a filter by state
   * uses the state each project was in at {@code asOf}.
   */
  PortfolioPage pageAsOf(
      ProjectState state,
      String sortColumn,
      boolean descending,
      int page,
      int size,
      Instant asOf,
      LocalDate statusDate) {
    String order = sortColumn + (descending ? " DESC" : " ASC") + ", project_id ASC";
    List<UUID> chartered =
        jdbc.queryForList(
            "SELECT project_id FROM portfolio_project WHERE chartered_at <= ? ORDER BY " + order,
            UUID.class,
            asOf.atOffset(java.time.ZoneOffset.UTC));
    List<PortfolioRow> rows = new ArrayList<>();
    long matching = 0;
    long skip = (long) page * size;
    for (UUID projectId : chartered) {
      if (state == null && (matching < skip || rows.size() == size)) {
        matching++; // outside the page: nothing to fold
        continue;
      }
      Optional<ProjectFacts> facts = history.of(projectId, asOf);
      if (facts.isEmpty() || (state != null && facts.get().header().state() != state)) {
        continue;
      }
      if (matching++ >= skip && rows.size() < size) {
        rows.add(rowAsOf(projectId, facts.get(), statusDate));
      }
    }
    return new PortfolioPage(rows, page, size, matching);
  }

  private static PortfolioRow rowAsOf(UUID projectId, ProjectFacts facts, LocalDate statusDate) {
    ProjectFacts.Header header = facts.header();
    return new Charter(
            projectId,
            header.code(),
            header.name(),
            header.state(),
            header.sponsor(),
            header.manager(),
            header.currency(),
            header.plannedStart(),
            header.plannedFinish(),
            header.version())
        .with(Figures.of(Optional.of(Dashboards.of(projectId, facts, statusDate))));
  }

  long count(ProjectState state) {
    Long count =
        state == null
            ? jdbc.queryForObject("SELECT COUNT(*) FROM portfolio_project", Long.class)
            : jdbc.queryForObject(
                "SELECT COUNT(*) FROM portfolio_project WHERE state = ?", Long.class, state.name());
    return count == null ? 0 : count;
  }

  private static ProjectView view(
      ResultSet rs,
      List<PlannedItem> items,
      Map<UUID, ScheduleTolerance.Actual> actuals,
      List<ProjectView.BudgetLine> lines,
      List<ProjectView.Cost> costs,
      List<ProjectView.Stakeholder> stakeholders)
      throws SQLException {
    Charter charter = Charter.of(rs);
    return new ProjectView(
        charter.projectId(),
        charter.code(),
        charter.name(),
        charter.state(),
        charter.sponsor(),
        charter.manager(),
        charter.currency(),
        charter.plannedStart(),
        charter.plannedFinish(),
        new ProjectView.Tolerances(
            rs.getInt("schedule_tolerance_days"), rs.getBigDecimal("cost_tolerance_percent")),
        rs.getObject("chartered_at", java.time.OffsetDateTime.class).toInstant(),
        rs.getString("chartered_by"),
        workPackages(items, actuals),
        milestones(items),
        lines,
        costs,
        stakeholders,
        charter.version());
  }

  private static PortfolioRow row(ResultSet rs, Figures figures) throws SQLException {
    return Charter.of(rs).with(figures);
  }

  /** A portfolio row's charter part, now or as of an instant; the figures go beside it. */
  private record Charter(
      UUID projectId,
      String code,
      String name,
      ProjectState state,
      String sponsor,
      String manager,
      String currency,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      long version) {

    /** The charter columns of a {@code portfolio_project} row. */
    static Charter of(ResultSet rs) throws SQLException {
      return new Charter(
          rs.getObject("project_id", UUID.class),
          rs.getString("code"),
          rs.getString("name"),
          ProjectState.valueOf(rs.getString("state")),
          rs.getString("sponsor"),
          rs.getString("manager"),
          rs.getString("currency"),
          rs.getObject("planned_start", LocalDate.class),
          rs.getObject("planned_finish", LocalDate.class),
          rs.getLong("version"));
    }

    PortfolioRow with(Figures figures) {
      return new PortfolioRow(
          projectId,
          code,
          name,
          state,
          sponsor,
          manager,
          currency,
          plannedStart,
          plannedFinish,
          figures.rag(),
          figures.bac(),
          figures.ac(),
          figures.eac(),
          figures.cpi(),
          figures.spi(),
          figures.nextMilestone(),
          figures.nextMilestoneDue(),
          figures.withinTolerance(),
          figures.openChangeRequests(),
          version);
    }
  }
}

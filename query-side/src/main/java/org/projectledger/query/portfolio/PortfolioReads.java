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
import java.util.concurrent.locks.ReentrantLock;
import org.projectledger.api.ProjectState;
import org.projectledger.api.portfolio.PortfolioRow;
import org.projectledger.api.portfolio.ProjectView;
import org.projectledger.api.stakeholders.PersonalData;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.platform.privacy.PersonalDataVault;
import org.projectledger.platform.web.InvalidRequest;
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

  /** What a portfolio read keeps: a state, text in the code or name, exceptions only. */
  record Filter(ProjectState state, String text, boolean exceptionsOnly) {

    boolean none() {
      return state == null && text == null && !exceptionsOnly;
    }

    boolean keeps(PortfolioRow row) {
      return (state == null || row.state() == state)
          && (text == null
              || row.code().toLowerCase(java.util.Locale.ROOT).contains(text)
              || row.name().toLowerCase(java.util.Locale.ROOT).contains(text))
          && (!exceptionsOnly || PortfolioOrder.exceptions(row) > 0);
    }

    /**
     * The filter as SQL conditions over {@code portfolio_project p} (and {@code f}, exceptions).
     */
    void addTo(List<String> conditions, List<Object> arguments) {
      if (state != null) {
        conditions.add("p.state = ?");
        arguments.add(state.name());
      }
      if (text != null) {
        conditions.add("(LOWER(p.code) LIKE ? ESCAPE '\\' OR LOWER(p.name) LIKE ? ESCAPE '\\')");
        String pattern = "%" + text.replaceAll("([\\\\%_])", "\\\\$1") + "%";
        arguments.add(pattern);
        arguments.add(pattern);
      }
      if (exceptionsOnly) {
        conditions.add(PortfolioOrder.EXCEPTIONS + " > 0");
      }
    }
  }

  /** Each project's kept figures of the day, for its version now (none where not kept). */
  private static final String FIGURES_OF_THE_DAY =
      " LEFT JOIN portfolio_figures f"
          + " ON f.project_id = p.project_id AND f.version = p.version AND f.status_date = ?";

  /** Where a page starts: after a cursor, or at an offset (the first-edition paging). */
  record Start(PortfolioOrder.Cursor after, long offset) {}

  /** How many stale figures are computed in one snapshot while the day's are made current. */
  private static final int FIGURES_CHUNK = 200;

  private final JdbcTemplate jdbc;
  private final ProjectPlans plans;
  private final PersonalDataVault vault;
  private final Dashboards dashboards;
  private final PortfolioFigures figures;
  private final PrecomputedReads precomputed;
  private final ProjectFactsAsOf history;

  /**
   * One pass over the stale figures at a time: a reader arriving while the figures of the day are
   * being made current (by {@link FiguresOfTheDay} or another reader) waits for that pass and then
   * finds little left to compute, instead of computing the same projects beside it.
   */
  private final ReentrantLock makingCurrent = new ReentrantLock();

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
   * computation, so that the portfolio and the dashboard never disagree. Filtered, ordered and cut
   * on the server; {@code size + 1} rows are read, so that the caller knows whether a page follows.
   * An order or a filter by figures first makes every project's figures of the day current (those
   * kept for an older version or day are computed again and kept), then reads one statement. An
   * order by the charter cuts the page first and joins it with its figures after, so a page costs
   * its own rows whatever the portfolio's size; figures missing on the page are computed, in the
   * page's snapshot, and kept for the next read.
   */
  List<PortfolioRow> page(
      Filter filter, PortfolioOrder order, Start start, int size, LocalDate today) {
    boolean byFigures = order.needsFigures() || filter.exceptionsOnly();
    if (byFigures) {
      makeFiguresCurrent(today);
    }
    Map<UUID, PortfolioFigures.Computed> computed = new LinkedHashMap<>();
    // Where every row's figures are kept, the page is one statement, atomic by itself; where one
    // must be computed, the page is read again in a snapshot and computed there.
    List<PortfolioRow> rows = rows(filter, order, start, size, today, byFigures, computed, false);
    if (!computed.isEmpty()) {
      computed.clear();
      rows =
          precomputed.inSnapshot(
              () -> rows(filter, order, start, size, today, byFigures, computed, true));
    }
    figures.remember(computed, today);
    return rows;
  }

  private List<PortfolioRow> rows(
      Filter filter,
      PortfolioOrder order,
      Start start,
      int size,
      LocalDate today,
      boolean byFigures,
      Map<UUID, PortfolioFigures.Computed> computed,
      boolean computeMissing) {
    List<Object> arguments = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    filter.addTo(conditions, arguments);
    PortfolioOrder.Condition after = order.after(start.after());
    conditions.add(after.sql());
    arguments.addAll(after.arguments());
    String where = " WHERE " + String.join(" AND ", conditions);
    String sql;
    if (byFigures) {
      // The key and the filter are the figures: one statement over the portfolio and its figures.
      sql =
          "SELECT p.*, "
              + PortfolioFigures.JOINED_COLUMNS
              + " FROM portfolio_project p"
              + FIGURES_OF_THE_DAY
              + where
              + " ORDER BY "
              + order.orderBy()
              + " LIMIT ? OFFSET ?";
      arguments.add(0, today);
    } else {
      // The key comes from PortfolioOrder, never from the request itself. The page is cut first
      // and joined with its figures after.
      sql =
          "SELECT p.*, "
              + PortfolioFigures.JOINED_COLUMNS
              + " FROM (SELECT * FROM portfolio_project p"
              + where
              + " ORDER BY "
              + order.orderBy()
              + " LIMIT ? OFFSET ?) p"
              + FIGURES_OF_THE_DAY
              + " ORDER BY "
              + order.orderBy();
    }
    arguments.add(size + 1);
    arguments.add(start.offset());
    if (!byFigures) {
      arguments.add(today);
    }
    return jdbc.query(
        sql,
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
        arguments.toArray());
  }

  /**
   * Makes every project's figures of {@code day} current: those kept for an older version or day
   * (or never) are computed, a chunk at a time in a snapshot of its own, and kept. A project that
   * changes meanwhile is computed at the next read.
   */
  void makeFiguresCurrent(LocalDate day) {
    makingCurrent.lock();
    try {
      makeStaleFiguresCurrent(day);
    } finally {
      makingCurrent.unlock();
    }
  }

  private void makeStaleFiguresCurrent(LocalDate day) {
    List<UUID> stale =
        jdbc.queryForList(
            "SELECT p.project_id FROM portfolio_project p LEFT JOIN portfolio_figures f"
                + " ON f.project_id = p.project_id AND f.version = p.version AND f.status_date = ?"
                + " WHERE f.project_id IS NULL",
            UUID.class,
            day);
    for (int from = 0; from < stale.size(); from += FIGURES_CHUNK) {
      List<UUID> chunk = stale.subList(from, Math.min(stale.size(), from + FIGURES_CHUNK));
      Map<UUID, PortfolioFigures.Computed> computed =
          precomputed.inSnapshot(
              () -> {
                Map<UUID, PortfolioFigures.Computed> made = new LinkedHashMap<>();
                for (UUID projectId : chunk) {
                  version(projectId)
                      .ifPresent(
                          version ->
                              made.put(
                                  projectId,
                                  new PortfolioFigures.Computed(
                                      version, Figures.of(dashboards.of(projectId, day)))));
                }
                return made;
              });
      figures.remember(computed, day);
    }
  }

  /**
   * The portfolio as the ledger knew it at {@code asOf}: the projects chartered by then, each with
   * its state and figures folded from its events recorded up to that instant and measured on {@code
   * statusDate} (DOMAIN.md, "Both clocks"). Later events are not seen. Without a filter, ordered by
   * a charter column other than the state (fields a project keeps), only the page's projects are
   * folded; otherwise every project chartered by then is folded, then filtered and ordered as
   * {@link #page} orders today's portfolio. {@code size + 1} rows at most, as {@link #page}.
   */
  List<PortfolioRow> pageAsOf(
      Filter filter,
      PortfolioOrder order,
      Start start,
      int size,
      Instant asOf,
      LocalDate statusDate) {
    boolean foldEvery =
        !filter.none() || order.needsFigures() || order.key().name().equals("state");
    PortfolioOrder.Condition after = foldEvery ? order.after(null) : order.after(start.after());
    List<Object> arguments = new ArrayList<>();
    arguments.add(asOf.atOffset(java.time.ZoneOffset.UTC));
    arguments.addAll(after.arguments());
    List<UUID> chartered =
        jdbc.queryForList(
            "SELECT p.project_id FROM portfolio_project p WHERE p.chartered_at <= ? AND "
                + after.sql()
                + " ORDER BY "
                + (foldEvery ? "p.code ASC, p.project_id ASC" : order.orderBy()),
            UUID.class,
            arguments.toArray());
    List<PortfolioRow> rows = new ArrayList<>();
    if (!foldEvery) {
      long skip = start.offset();
      for (UUID projectId : chartered) {
        if (skip > 0) {
          skip--; // before the page: nothing to fold
          continue;
        }
        history
            .of(projectId, asOf)
            .ifPresent(facts -> rows.add(rowAsOf(projectId, facts, statusDate)));
        if (rows.size() > size) {
          break;
        }
      }
      return rows;
    }
    rows.addAll(everyRowAsOf(chartered, filter, asOf, statusDate));
    rows.sort(order.comparator());
    int from = 0;
    if (start.after() != null) {
      UUID last = start.after().projectId();
      from = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).projectId().equals(last)) {
          from = i + 1;
          break;
        }
      }
      if (from < 0) {
        throw new InvalidRequest(
            "cursor", "names a project this portfolio does not hold as of " + asOf);
      }
    }
    long first = Math.min(rows.size(), from + start.offset());
    return new ArrayList<>(
        rows.subList((int) first, (int) Math.min(rows.size(), first + size + 1)));
  }

  /** How many projects the filter keeps as of {@code asOf} (for {@code count=true}). */
  long countAsOf(Filter filter, Instant asOf, LocalDate statusDate) {
    List<UUID> chartered =
        jdbc.queryForList(
            "SELECT project_id FROM portfolio_project WHERE chartered_at <= ?",
            UUID.class,
            asOf.atOffset(java.time.ZoneOffset.UTC));
    return everyRowAsOf(chartered, filter, asOf, statusDate).size();
  }

  private List<PortfolioRow> everyRowAsOf(
      List<UUID> chartered, Filter filter, Instant asOf, LocalDate statusDate) {
    List<PortfolioRow> rows = new ArrayList<>();
    for (UUID projectId : chartered) {
      history
          .of(projectId, asOf)
          .map(facts -> rowAsOf(projectId, facts, statusDate))
          .filter(filter::keeps)
          .ifPresent(rows::add);
    }
    return rows;
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

  /**
   * How many projects the filter keeps, as of today (for {@code count=true}): a pass over the
   * portfolio, with the day's figures made current where the filter needs them.
   */
  long count(Filter filter, LocalDate today) {
    List<Object> arguments = new ArrayList<>();
    List<String> conditions = new ArrayList<>(List.of("TRUE"));
    String join = "";
    if (filter.exceptionsOnly()) {
      makeFiguresCurrent(today);
      join = FIGURES_OF_THE_DAY;
      arguments.add(today);
    }
    filter.addTo(conditions, arguments);
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM portfolio_project p"
                + join
                + " WHERE "
                + String.join(" AND ", conditions),
            Long.class,
            arguments.toArray());
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

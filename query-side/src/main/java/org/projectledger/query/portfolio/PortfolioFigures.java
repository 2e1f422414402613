package org.projectledger.query.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.Currencies;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.api.dashboard.DashboardView.ScheduleSummary;
import org.projectledger.api.dashboard.DashboardView.StatusReport;
import org.projectledger.api.dashboard.DashboardView.ToleranceState;
import org.projectledger.query.consistency.PrecomputedReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portfolio's figures of each project, kept in {@code portfolio_figures} for the version and
 * the day they were computed for: the dashboard's own computation, done once per project, version
 * and day instead of once per portfolio read. The table is a cache of the read models: a row that
 * cannot be written is simply computed again next time, and a rebuild empties it.
 */
@Component
public class PortfolioFigures {

  /** One project's line of figures; the earned-value ones null until work is planned. */
  public record Figures(
      String rag,
      BigDecimal bac,
      BigDecimal ac,
      BigDecimal eac,
      BigDecimal cpi,
      BigDecimal spi,
      String nextMilestone,
      LocalDate nextMilestoneDue,
      boolean withinTolerance,
      int openChangeRequests) {

    public static Figures of(Optional<DashboardView> dashboard) {
      EarnedValueFigures ev = dashboard.map(DashboardView::earnedValue).orElse(null);
      boolean planned = ev != null && ev.bac().signum() > 0;
      ScheduleSummary schedule = dashboard.map(DashboardView::schedule).orElse(null);
      ToleranceState tolerance = dashboard.map(DashboardView::tolerance).orElse(null);
      return new Figures(
          dashboard.map(DashboardView::latestStatusReport).map(StatusReport::rag).orElse(null),
          planned ? ev.bac() : null,
          planned ? ev.ac() : null,
          planned ? ev.eac() : null,
          planned ? ev.cpi() : null,
          planned ? ev.spi() : null,
          schedule == null ? null : schedule.nextMilestone(),
          schedule == null ? null : schedule.nextMilestoneDue(),
          tolerance == null
              || (tolerance.costWithinTolerance() && tolerance.scheduleWithinTolerance()),
          dashboard.map(view -> view.openChangeRequests().size()).orElse(0));
    }

    /** The figures of a portfolio row joined with {@code portfolio_figures} (prefix {@code f_}). */
    static Optional<Figures> joined(ResultSet rs) throws SQLException {
      if (rs.getObject("f_project_id") == null) {
        return Optional.empty();
      }
      String currency = rs.getString("currency");
      return Optional.of(
          new Figures(
              rs.getString("f_rag"),
              Currencies.inMinorUnit(rs.getBigDecimal("f_bac"), currency),
              Currencies.inMinorUnit(rs.getBigDecimal("f_ac"), currency),
              Currencies.inMinorUnit(rs.getBigDecimal("f_eac"), currency),
              rs.getBigDecimal("f_cpi"),
              rs.getBigDecimal("f_spi"),
              rs.getString("f_next_milestone"),
              rs.getObject("f_next_milestone_due", LocalDate.class),
              rs.getBoolean("f_within_tolerance"),
              rs.getInt("f_open_change_requests")));
    }
  }

  /** The columns of {@code portfolio_figures} for a join: {@code f.rag AS f_rag}, and so on. */
  static final String JOINED_COLUMNS =
      "f.project_id AS f_project_id, f.rag AS f_rag, f.bac AS f_bac, f.ac AS f_ac, f.eac AS f_eac,"
          + " f.cpi AS f_cpi, f.spi AS f_spi, f.next_milestone AS f_next_milestone,"
          + " f.next_milestone_due AS f_next_milestone_due,"
          + " f.within_tolerance AS f_within_tolerance,"
          + " f.open_change_requests AS f_open_change_requests";

  /** The projects' versions a page was computed at, with their figures. */
  record Computed(long version, Figures figures) {}

  private final JdbcTemplate jdbc;
  private final PrecomputedReads precomputed;

  PortfolioFigures(JdbcTemplate jdbc, PrecomputedReads precomputed) {
    this.jdbc = jdbc;
    this.precomputed = precomputed;
  }

  /** Keeps what a read computed, in a transaction of its own; a failure only costs a recompute. */
  void remember(Map<UUID, Computed> computed, LocalDate statusDate) {
    if (computed.isEmpty()) {
      return;
    }
    precomputed.keep(
        "Portfolio figures",
        () -> computed.forEach((project, row) -> store(project, row, statusDate)));
  }

  private void store(UUID project, Computed row, LocalDate statusDate) {
    Figures f = row.figures();
    Object[] values = {
      row.version(),
      statusDate,
      f.rag(),
      f.bac(),
      f.ac(),
      f.eac(),
      f.cpi(),
      f.spi(),
      f.nextMilestone(),
      f.nextMilestoneDue(),
      f.withinTolerance(),
      f.openChangeRequests(),
      project
    };
    int updated =
        jdbc.update(
            "UPDATE portfolio_figures SET version = ?, status_date = ?, rag = ?, bac = ?, ac = ?,"
                + " eac = ?, cpi = ?, spi = ?, next_milestone = ?, next_milestone_due = ?,"
                + " within_tolerance = ?, open_change_requests = ? WHERE project_id = ?",
            values);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO portfolio_figures (version, status_date, rag, bac, ac, eac, cpi, spi,"
              + " next_milestone, next_milestone_due, within_tolerance, open_change_requests,"
              + " project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          values);
    }
  }
}

package org.projectledger.query.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;

/**
 * The rows of the earned-value CSV: each figure of the dashboard, then each budget line, as the
 * dashboard computed them for the status date (never computed again here).
 */
public final class EarnedValueRows {

  private EarnedValueRows() {}

  public static List<List<Object>> of(DashboardView dashboard, LocalDate date) {
    EarnedValueFigures ev = dashboard.earnedValue();
    List<List<Object>> rows = new ArrayList<>();
    Object[][] figures = {
      {"BAC", ev.bac()}, {"PV", ev.pv()}, {"EV", ev.ev()}, {"AC", ev.ac()},
      {"CV", ev.cv()}, {"SV", ev.sv()}, {"CPI", ev.cpi()}, {"SPI", ev.spi()},
      {"EAC", ev.eac()}, {"ETC", ev.etc()}, {"VAC", ev.vac()}, {"TCPI", ev.tcpi()}
    };
    for (Object[] figure : figures) {
      rows.add(
          Arrays.asList(
              "figure",
              figure[0],
              plain(figure[1]),
              figure[0].toString().endsWith("PI") ? "" : dashboard.currency(),
              date,
              "",
              "",
              ""));
    }
    for (DashboardView.BudgetLine line : dashboard.budgetByLine()) {
      rows.add(
          Arrays.asList(
              "budget line",
              line.category() + " " + line.budgetLineId(),
              plain(line.actual()),
              dashboard.currency(),
              date,
              plain(line.planned()),
              plain(line.budget()),
              plain(line.remaining())));
    }
    return rows;
  }

  static Object plain(Object value) {
    return value instanceof BigDecimal amount ? amount.toPlainString() : value == null ? "" : value;
  }
}

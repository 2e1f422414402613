package org.projectledger.query.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.BudgetLine;
import org.projectledger.api.dashboard.DashboardView.Maintenance;
import org.projectledger.api.dashboard.DashboardView.MaintenanceActivity;
import org.projectledger.api.dashboard.DashboardView.RiskExposureView;
import org.projectledger.api.dashboard.DashboardView.ScheduleSummary;
import org.projectledger.api.dashboard.DashboardView.ToleranceState;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.figures.CostTolerance;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.RiskExposure;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFacts.CostFact;
import org.projectledger.query.project.ProjectFacts.Header;
import org.projectledger.query.project.ProjectFacts.LineFact;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.schedule.Lateness;
import org.springframework.stereotype.Component;

/**
 * Computes a dashboard from a project's facts for a status date: the facts as they stand now
 * (read-model tables) or as the ledger knew them at an earlier instant ({@code asOf}).
 */
@Component
public class Dashboards {

  private final ProjectFactsFromTables now;

  Dashboards(ProjectFactsFromTables now) {
    this.now = now;
  }

  /** The dashboard as the project stands now. */
  public Optional<DashboardView> of(UUID projectId, LocalDate statusDate) {
    return now.of(projectId).map(facts -> of(projectId, facts, statusDate));
  }

  public static DashboardView of(UUID projectId, ProjectFacts facts, LocalDate statusDate) {
    EarnedValue.Exact exact = facts.earnedValueOn(statusDate);
    Header project = facts.header();
    // One forecast finish per read, for the schedule summary and the tolerance alike.
    LocalDate forecast = forecastFinish(facts, statusDate);
    return new DashboardView(
        projectId,
        project.code(),
        project.name(),
        project.currency(),
        project.state(),
        statusDate,
        facts.baselineNumber(),
        EarnedValue.shown(exact, project.currency()),
        budgetByLine(facts, statusDate),
        schedule(project, facts.itemsOn(statusDate), forecast, statusDate),
        facts.openChangeRequests(),
        facts.openRisks(),
        riskExposure(facts, statusDate),
        facts.latestStatusReport(),
        tolerance(facts, exact, forecast),
        maintenance(facts, statusDate),
        project.version());
  }

  /** The open threats' EMV against what the contingency reserve still holds on the status date. */
  private static RiskExposureView riskExposure(ProjectFacts facts, LocalDate statusDate) {
    RiskExposure.Exposure exposure =
        RiskExposure.of(
            facts.openRisks().stream()
                .map(
                    risk ->
                        new RiskExposure.Open(
                            risk.kind() == RiskKind.THREAT, risk.probability(), risk.costImpact()))
                .toList(),
            facts.contingencyRemaining(statusDate),
            facts.header().currency());
    return new RiskExposureView(
        exposure.exposure(), exposure.reserveRemaining(), exposure.covered());
  }

  /** The maintenance section: MAINTENANCE budget, spend and log by the status date. */
  private static Maintenance maintenance(ProjectFacts facts, LocalDate statusDate) {
    BigDecimal budget =
        facts.lines().stream()
            .filter(line -> line.category().equals(BudgetCategory.MAINTENANCE.name()))
            .map(LineFact::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<MaintenanceActivity> activities =
        facts.maintenance().stream()
            .filter(activity -> !activity.performedOn().isAfter(statusDate))
            .sorted(
                Comparator.comparing(MaintenanceActivity::performedOn)
                    .thenComparing(MaintenanceActivity::recordedAt)
                    .reversed())
            .toList();
    BigDecimal spent =
        activities.stream()
            .map(MaintenanceActivity::cost)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Maintenance(
        EarnedValue.money(budget, facts.header().currency()),
        EarnedValue.money(spent, facts.header().currency()),
        EarnedValue.money(budget.subtract(spent), facts.header().currency()),
        activities);
  }

  private static List<BudgetLine> budgetByLine(ProjectFacts facts, LocalDate statusDate) {
    List<BudgetLine> lines = new ArrayList<>();
    for (LineFact line : facts.lines()) {
      BigDecimal actual =
          facts.actualCosts().stream()
              .filter(
                  cost ->
                      cost.budgetLineId().equals(line.budgetLineId())
                          && !cost.incurredOn().isAfter(statusDate))
              .map(CostFact::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      // Maintenance booked against the line counts in its actuals (never in the project's AC).
      actual =
          actual.add(
              facts.maintenance().stream()
                  .filter(
                      activity ->
                          line.budgetLineId().equals(activity.budgetLineId())
                              && !activity.performedOn().isAfter(statusDate))
                  .map(MaintenanceActivity::cost)
                  .reduce(BigDecimal.ZERO, BigDecimal::add));
      BigDecimal budget = line.amount();
      lines.add(
          new BudgetLine(
              line.budgetLineId(),
              line.category(),
              EarnedValue.money(
                  facts.baselineLines().getOrDefault(line.budgetLineId(), budget),
                  facts.header().currency()),
              EarnedValue.money(budget, facts.header().currency()),
              EarnedValue.money(actual, facts.header().currency()),
              EarnedValue.money(budget.subtract(actual), facts.header().currency()),
              actual.compareTo(budget) > 0));
    }
    return lines;
  }

  /**
   * The forecast finish on {@code statusDate}: one definition ({@link ScheduleTolerance}) for the
   * schedule summary and the schedule tolerance alike — the critical path over the plan as it
   * stands, late unfinished work moved on, actual dates in place of planned ones.
   */
  private static LocalDate forecastFinish(ProjectFacts facts, LocalDate statusDate) {
    List<PlannedItem> planned = facts.itemsOn(statusDate);
    Map<UUID, Integer> percent = new HashMap<>();
    planned.forEach(item -> percent.put(item.id(), item.percentComplete()));
    return ScheduleTolerance.forecastFinish(
        planned.stream().map(PlannedItem::node).toList(),
        percent,
        facts.actualDatesOn(statusDate),
        statusDate,
        facts.workingDays());
  }

  private static ScheduleSummary schedule(
      Header project, List<PlannedItem> items, LocalDate forecast, LocalDate statusDate) {
    int workPackages = 0;
    int complete = 0;
    int milestones = 0;
    int late = 0;
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

  private static ToleranceState tolerance(
      ProjectFacts facts, EarnedValue.Exact exact, LocalDate forecast) {
    Header project = facts.header();
    Map<UUID, FrozenItem> baseline = facts.baseline();
    if (baseline.isEmpty()) {
      return new ToleranceState(
          project.scheduleDays(),
          project.costPercent(),
          null,
          true,
          0,
          true,
          facts.breaches(),
          null,
          null);
    }
    LocalDate baselineFinish =
        baseline.values().stream().map(FrozenItem::finish).max(LocalDate::compareTo).orElseThrow();
    BigDecimal baselineTotal =
        baseline.values().stream()
            .map(FrozenItem::plannedCost)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal limit = CostTolerance.limit(baselineTotal, project.costPercent());
    long worstDrift = 0;
    for (PlannedItem item : facts.liveItems()) {
      FrozenItem frozen = baseline.get(item.id());
      if (frozen != null) {
        worstDrift =
            Math.max(
                worstDrift, Math.abs(facts.workingDays().between(frozen.finish(), item.finish())));
      }
    }
    return new ToleranceState(
        project.scheduleDays(),
        project.costPercent(),
        EarnedValue.money(limit, facts.header().currency()),
        CostTolerance.within(exact.eac(), limit),
        worstDrift,
        ScheduleTolerance.within(
            forecast,
            ScheduleTolerance.limit(baselineFinish, project.scheduleDays(), facts.workingDays())),
        facts.breaches(),
        baselineFinish,
        forecast);
  }
}

package org.projectledger.query.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.Currencies;
import org.projectledger.api.ProjectState;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.dashboard.DashboardView.MaintenanceActivity;
import org.projectledger.api.dashboard.DashboardView.OpenChangeRequest;
import org.projectledger.api.dashboard.DashboardView.OpenRisk;
import org.projectledger.api.dashboard.DashboardView.StatusReport;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.ScheduleTolerance;
import org.projectledger.figures.WorkingDays;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.project.ProjectPlans.SummaryItem;

/**
 * What the dashboard and the schedule are computed from: a project's charter, plan, latest
 * baseline, progress reports, costs, budget lines and governance. Taken from the read-model tables
 * for now ({@link ProjectFactsFromTables}) or from the events recorded up to an instant for {@code
 * asOf} ({@link ProjectFactsAsOf}), so that both answer through the same computation.
 */
public record ProjectFacts(
    Header header,
    List<PlannedItem> items,
    Integer baselineNumber,
    Map<UUID, FrozenItem> baseline,
    Map<UUID, BigDecimal> baselineLines,
    List<ProgressFact> progress,
    List<CostFact> costs,
    List<LineFact> lines,
    List<OpenChangeRequest> openChangeRequests,
    List<OpenRisk> openRisks,
    StatusReport latestStatusReport,
    int breaches,
    List<StakeholderFact> stakeholders,
    List<MaintenanceActivity> maintenance,
    ProjectCalendar calendar,
    List<SummaryItem> summaries,
    Map<UUID, FileBaseline> fileBaselines) {

  /**
   * Every amount in the project's currency's minor unit (JPY 0 decimals, EUR 2, KWD 3), whether
   * read from the tables (which keep 3) or folded from the events (as typed).
   */
  public ProjectFacts {
    calendar = calendar == null ? ProjectCalendar.EVERY_DAY : calendar;
    summaries = summaries == null ? List.of() : List.copyOf(summaries);
    fileBaselines = fileBaselines == null ? Map.of() : Map.copyOf(fileBaselines);
    String currency = header.currency();
    items =
        items.stream()
            .map(item -> item.withPlannedCost(Currencies.inMinorUnit(item.plannedCost(), currency)))
            .toList();
    Map<UUID, FrozenItem> frozen = new java.util.LinkedHashMap<>();
    baseline.forEach(
        (id, item) ->
            frozen.put(
                id,
                new FrozenItem(
                    item.id(),
                    item.start(),
                    item.finish(),
                    Currencies.inMinorUnit(item.plannedCost(), currency))));
    baseline = frozen;
    Map<UUID, BigDecimal> frozenLines = new java.util.LinkedHashMap<>();
    baselineLines.forEach(
        (id, amount) -> frozenLines.put(id, Currencies.inMinorUnit(amount, currency)));
    baselineLines = frozenLines;
    costs = costs.stream().map(cost -> cost.inMinorUnitOf(currency)).toList();
    lines =
        lines.stream()
            .map(
                line ->
                    new LineFact(
                        line.budgetLineId(),
                        line.category(),
                        Currencies.inMinorUnit(line.amount(), currency)))
            .toList();
    maintenance =
        maintenance.stream()
            .map(
                a ->
                    new MaintenanceActivity(
                        a.activityId(),
                        a.kind(),
                        a.performedOn(),
                        a.description(),
                        a.outcome(),
                        a.budgetLineId(),
                        Currencies.inMinorUnit(a.cost(), currency),
                        a.recordedAt(),
                        a.recordedBy()))
            .toList();
  }

  /** The items still planned: a cancelled one stays in the project's record, out of the plan. */
  public List<PlannedItem> liveItems() {
    return items.stream().filter(item -> !item.cancelled()).toList();
  }

  /**
   * The plan as it stood on {@code statusDate}: each item still planned, each work package with its
   * latest progress reported on or before that day, so that what counts as complete or late is as
   * of the status date.
   */
  public List<PlannedItem> itemsOn(LocalDate statusDate) {
    Map<UUID, ProgressFact> latest = latestReports(statusDate);
    return liveItems().stream()
        .map(
            item ->
                item.isMilestone()
                    ? item
                    : item.withPercentComplete(
                        latest.containsKey(item.id())
                            ? latest.get(item.id()).percentComplete()
                            : 0))
        .toList();
  }

  /**
   * Each work package's actual start and finish as its latest report on or before {@code
   * statusDate} leaves them: the same report its percent complete comes from.
   */
  public Map<UUID, ScheduleTolerance.Actual> actualDatesOn(LocalDate statusDate) {
    return actualDates(progress, statusDate);
  }

  /** The actual dates the latest of these reports on or before {@code statusDate} give. */
  public static Map<UUID, ScheduleTolerance.Actual> actualDates(
      List<ProgressFact> progress, LocalDate statusDate) {
    Map<UUID, ScheduleTolerance.Actual> actual = new java.util.HashMap<>();
    latestReports(progress, statusDate)
        .forEach(
            (id, report) ->
                actual.put(
                    id, new ScheduleTolerance.Actual(report.actualStart(), report.actualFinish())));
    return actual;
  }

  private Map<UUID, ProgressFact> latestReports(LocalDate statusDate) {
    return latestReports(progress, statusDate);
  }

  /** Each work package's report latest by status date, then by the order recorded. */
  private static Map<UUID, ProgressFact> latestReports(
      List<ProgressFact> progress, LocalDate statusDate) {
    Map<UUID, ProgressFact> latest = new java.util.HashMap<>();
    for (ProgressFact report : progress) {
      if (!report.statusDate().isAfter(statusDate)) {
        latest.merge(
            report.workPackageId(),
            report,
            (a, b) ->
                java.util.Comparator.comparing(ProgressFact::statusDate)
                            .thenComparingLong(ProgressFact::sequence)
                            .compare(a, b)
                        >= 0
                    ? a
                    : b);
      }
    }
    return latest;
  }

  /**
   * Earned value on {@code statusDate} of the whole project (the dashboard's), by the one
   * definition (DOMAIN.md): each work package measured against its latest baseline where the
   * baseline froze it, else its current plan; progress and costs (those booked to no work package
   * too) up to the status date; PV time-phased over working days.
   */
  public EarnedValue.Exact earnedValueOn(LocalDate statusDate) {
    List<EarnedValue.Reference> references = references();
    List<EarnedValue.Progress> reports =
        progress().stream()
            .filter(report -> !report.statusDate().isAfter(statusDate))
            .map(ProjectFacts::report)
            .toList();
    List<EarnedValue.Cost> spent =
        actualCosts().stream()
            .filter(cost -> !cost.incurredOn().isAfter(statusDate))
            .map(cost -> new EarnedValue.Cost(cost.amount(), cost.incurredOn()))
            .toList();
    return EarnedValue.at(statusDate, references, reports, spent, workingDays());
  }

  /** Each work package measured against its latest baseline where it froze it, else its plan. */
  private List<EarnedValue.Reference> references() {
    List<EarnedValue.Reference> current = new java.util.ArrayList<>();
    Map<UUID, EarnedValue.Reference> frozen = new java.util.HashMap<>();
    for (PlannedItem item : liveItems()) {
      if (item.isMilestone()) {
        continue;
      }
      current.add(
          new EarnedValue.Reference(item.id(), item.plannedCost(), item.start(), item.finish()));
      FrozenItem baselined = baseline().get(item.id());
      if (baselined != null) {
        frozen.put(
            item.id(),
            new EarnedValue.Reference(
                item.id(), baselined.plannedCost(), baselined.start(), baselined.finish()));
      }
    }
    return EarnedValue.measuredAgainst(current, frozen);
  }

  private static EarnedValue.Progress report(ProgressFact report) {
    return new EarnedValue.Progress(
        report.workPackageId(), report.statusDate(), report.sequence(), report.percentComplete());
  }

  /**
   * The same, for each work package on its own (the schedule's rows): one pass over the progress
   * reports and the costs, so a schedule of n work packages costs n, not n².
   */
  public Map<UUID, EarnedValue.Exact> earnedValueByWorkPackage(LocalDate statusDate) {
    Map<UUID, List<EarnedValue.Progress>> reports = new java.util.HashMap<>();
    for (ProgressFact report : progress()) {
      if (!report.statusDate().isAfter(statusDate)) {
        reports
            .computeIfAbsent(report.workPackageId(), id -> new java.util.ArrayList<>())
            .add(report(report));
      }
    }
    Map<UUID, List<EarnedValue.Cost>> spent = new java.util.HashMap<>();
    for (CostFact cost : actualCosts()) {
      if (cost.workPackageId() != null && !cost.incurredOn().isAfter(statusDate)) {
        spent
            .computeIfAbsent(cost.workPackageId(), id -> new java.util.ArrayList<>())
            .add(new EarnedValue.Cost(cost.amount(), cost.incurredOn()));
      }
    }
    WorkingDays days = workingDays();
    Map<UUID, EarnedValue.Exact> each = new java.util.LinkedHashMap<>();
    for (EarnedValue.Reference reference : references()) {
      UUID id = reference.workPackageId();
      each.put(
          id,
          EarnedValue.at(
              statusDate,
              List.of(reference),
              reports.getOrDefault(id, List.of()),
              spent.getOrDefault(id, List.of()),
              days));
    }
    return each;
  }

  /** Day arithmetic in the project's working days (DOMAIN.md, third edition). */
  public WorkingDays workingDays() {
    return WorkingDays.of(calendar);
  }

  /** The costs that count: every recorded cost but those reversed. */
  public List<CostFact> actualCosts() {
    return costs.stream().filter(cost -> cost.reversedBy() == null).toList();
  }

  /**
   * What the contingency reserve still holds on {@code statusDate}: the CONTINGENCY lines' amounts
   * less the costs booked on them by then (draws against risks have already left the lines).
   */
  public BigDecimal contingencyRemaining(LocalDate statusDate) {
    BigDecimal remaining = BigDecimal.ZERO;
    for (LineFact line : lines) {
      if (line.category().equals(BudgetCategory.CONTINGENCY.name())) {
        remaining = remaining.add(line.amount());
        for (CostFact cost : actualCosts()) {
          if (cost.budgetLineId().equals(line.budgetLineId())
              && !cost.incurredOn().isAfter(statusDate)) {
            remaining = remaining.subtract(cost.amount());
          }
        }
      }
    }
    return remaining;
  }

  public record Header(
      String code,
      String name,
      String currency,
      ProjectState state,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      int scheduleDays,
      BigDecimal costPercent,
      String sponsor,
      String manager,
      Instant charteredAt,
      String charteredBy,
      long version) {

    public Header withVersion(long newVersion) {
      return new Header(
          code,
          name,
          currency,
          state,
          plannedStart,
          plannedFinish,
          scheduleDays,
          costPercent,
          sponsor,
          manager,
          charteredAt,
          charteredBy,
          newVersion);
    }

    /** The charter as amended: name, dates and tolerances. */
    public Header amended(
        String newName,
        LocalDate newStart,
        LocalDate newFinish,
        int newScheduleDays,
        BigDecimal newCostPercent) {
      return new Header(
          code,
          newName,
          currency,
          state,
          newStart,
          newFinish,
          newScheduleDays,
          newCostPercent,
          sponsor,
          manager,
          charteredAt,
          charteredBy,
          version);
    }

    /** The project's parts as reassigned. */
    public Header withParts(String newSponsor, String newManager) {
      return new Header(
          code,
          name,
          currency,
          state,
          plannedStart,
          plannedFinish,
          scheduleDays,
          costPercent,
          newSponsor,
          newManager,
          charteredAt,
          charteredBy,
          version);
    }

    public Header withState(ProjectState newState) {
      return new Header(
          code,
          name,
          currency,
          newState,
          plannedStart,
          plannedFinish,
          scheduleDays,
          costPercent,
          sponsor,
          manager,
          charteredAt,
          charteredBy,
          version);
    }
  }

  /** A stakeholder, personal data still sealed. */
  public record StakeholderFact(
      UUID stakeholderId, SealedPersonalData sealed, String role, List<String> interests) {}

  /** A progress report, with the actual dates it leaves the work package with (either null). */
  public record ProgressFact(
      UUID workPackageId,
      LocalDate statusDate,
      long sequence,
      int percentComplete,
      LocalDate actualStart,
      LocalDate actualFinish) {

    public ProgressFact(
        UUID workPackageId, LocalDate statusDate, long sequence, int percentComplete) {
      this(workPackageId, statusDate, sequence, percentComplete, null, null);
    }
  }

  /** A cost as recorded; {@code reversedBy} names the event that reversed it, if one did. */
  public record CostFact(
      UUID costId,
      UUID budgetLineId,
      UUID workPackageId,
      BigDecimal amount,
      LocalDate incurredOn,
      String reference,
      UUID reversedBy) {

    CostFact inMinorUnitOf(String currency) {
      return new CostFact(
          costId,
          budgetLineId,
          workPackageId,
          Currencies.inMinorUnit(amount, currency),
          incurredOn,
          reference,
          reversedBy);
    }

    public CostFact reversedBy(UUID reversal) {
      return new CostFact(
          costId, budgetLineId, workPackageId, amount, incurredOn, reference, reversal);
    }
  }

  public record LineFact(UUID budgetLineId, String category, BigDecimal amount) {}
}

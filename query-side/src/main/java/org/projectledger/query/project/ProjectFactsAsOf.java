package org.projectledger.query.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.ProjectState;
import org.projectledger.api.baselines.BaselineItem;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.dashboard.DashboardView.MaintenanceActivity;
import org.projectledger.api.dashboard.DashboardView.OpenChangeRequest;
import org.projectledger.api.dashboard.DashboardView.OpenRisk;
import org.projectledger.api.dashboard.DashboardView.StatusReport;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.imports.FileBaselineRecorded;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ItemRenamed;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.schedule.SummaryPlanned;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.query.project.ProjectFacts.CostFact;
import org.projectledger.query.project.ProjectFacts.Header;
import org.projectledger.query.project.ProjectFacts.LineFact;
import org.projectledger.query.project.ProjectFacts.ProgressFact;
import org.projectledger.query.project.ProjectFacts.StakeholderFact;
import org.projectledger.query.project.ProjectPlans.FrozenItem;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.project.ProjectPlans.SummaryItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A project's facts as the ledger knew them at a past instant (DOMAIN.md, "Time, twice"): its
 * events recorded up to that instant, folded in order. Later events — corrections included — are
 * not seen, so the answer is exactly what was known then. Reads one project's events from the store
 * (never a snapshot, which the read side cannot open).
 *
 * <p>Kept folds (issue 21, item 6): every {@code ledger.as-of.kept-fold-every} events a fold of
 * every event so far is kept ({@code project_kept_fold}), the first time a read passes there; a
 * read starts from the latest kept fold all of whose events were recorded by its instant, and folds
 * only the events after it. A fold restored from its facts folds on exactly as the one it was taken
 * from ({@code AsOfFromKeptFoldsTest} compares the answers with and without kept folds).
 */
@Component
public class ProjectFactsAsOf {

  /** The shape of the kept facts; a fold kept in another shape is not used. */
  static final int SHAPE = 1;

  private static final Logger LOG = LoggerFactory.getLogger(ProjectFactsAsOf.class);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final EventStore eventStore;
  private final JdbcTemplate jdbc;
  private final int every;

  @Autowired
  ProjectFactsAsOf(
      EventStore eventStore,
      JdbcTemplate jdbc,
      @Value("${ledger.as-of.kept-fold-every:1000}") int every) {
    this.eventStore = eventStore;
    this.jdbc = jdbc;
    this.every = Math.max(1, every);
  }

  /** Folds from the first event every time, keeping nothing: an event store without a database. */
  public ProjectFactsAsOf(EventStore eventStore) {
    this.eventStore = eventStore;
    this.jdbc = null;
    this.every = Integer.MAX_VALUE;
  }

  public Optional<ProjectFacts> of(UUID projectId, Instant asOf) {
    Fold fold = new Fold();
    long from = 0;
    Instant latest = Instant.MIN;
    Optional<Kept> kept = jdbc == null ? Optional.empty() : kept(projectId, asOf);
    if (kept.isPresent()) {
      fold.restore(kept.get().facts());
      from = kept.get().sequence() + 1;
      latest = kept.get().lastRecordedAt();
    }
    // Whether every event so far was folded: only such a fold may be kept.
    boolean whole = true;
    Iterator<? extends DomainEventMessage<?>> events =
        eventStore.readEvents(projectId.toString(), from);
    while (events.hasNext()) {
      DomainEventMessage<?> message = events.next();
      if (message.getTimestamp().isAfter(asOf)) {
        whole = false;
        continue;
      }
      fold.apply(message);
      latest = latest.isAfter(message.getTimestamp()) ? latest : message.getTimestamp();
      long sequence = message.getSequenceNumber();
      if (jdbc != null && whole && fold.header != null && (sequence + 1) % every == 0) {
        keep(projectId, sequence, latest, fold.facts());
      }
    }
    return fold.header == null ? Optional.empty() : Optional.of(fold.facts());
  }

  private record Kept(long sequence, Instant lastRecordedAt, ProjectFacts facts) {}

  private Optional<Kept> kept(UUID projectId, Instant asOf) {
    List<Kept> found =
        jdbc.query(
            """
            SELECT sequence, last_recorded_at, facts FROM project_kept_fold
            WHERE project_id = ? AND shape = ? AND last_recorded_at <= ?
            ORDER BY sequence DESC LIMIT 1
            """,
            (rs, row) -> {
              try {
                return new Kept(
                    rs.getLong("sequence"),
                    rs.getObject("last_recorded_at", OffsetDateTime.class).toInstant(),
                    JSON.readValue(rs.getString("facts"), ProjectFacts.class));
              } catch (JsonProcessingException e) {
                LOG.warn(
                    "A kept fold of project {} is unreadable: folding from the start",
                    projectId,
                    e);
                return null;
              }
            },
            projectId,
            SHAPE,
            asOf.atOffset(ZoneOffset.UTC));
    return found.stream().filter(Objects::nonNull).findFirst();
  }

  private void keep(UUID projectId, long sequence, Instant latest, ProjectFacts facts) {
    try {
      jdbc.update(
          """
          INSERT INTO project_kept_fold (project_id, sequence, shape, last_recorded_at, facts)
          SELECT ?, ?, ?, ?, ?
          WHERE NOT EXISTS (
              SELECT 1 FROM project_kept_fold WHERE project_id = ? AND sequence = ? AND shape = ?)
          """,
          projectId,
          sequence,
          SHAPE,
          latest.atOffset(ZoneOffset.UTC),
          JSON.writeValueAsString(facts),
          projectId,
          sequence,
          SHAPE);
    } catch (DuplicateKeyException keptByAnotherRead) {
      // Another read kept the same fold a moment before: the same facts.
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The facts of project " + projectId + " cannot be kept", e);
    }
  }

  /** The state of one project, event by event. */
  private static final class Fold {

    /** Takes up the state a kept fold's facts give, to fold on from there. */
    void restore(ProjectFacts facts) {
      header = facts.header();
      facts.items().forEach(item -> items.put(item.id(), item));
      baselineNumber = facts.baselineNumber();
      baseline = facts.baseline();
      baselineLines = facts.baselineLines();
      progress.addAll(facts.progress());
      facts.costs().forEach(cost -> costs.put(cost.costId(), cost));
      maintenance.addAll(facts.maintenance());
      facts.lines().forEach(line -> lines.put(line.budgetLineId(), line));
      facts
          .openChangeRequests()
          .forEach(request -> openChangeRequests.put(request.changeRequestId(), request));
      facts.openRisks().forEach(risk -> openRisks.put(risk.riskId(), risk));
      latestStatusReport = facts.latestStatusReport();
      breaches = facts.breaches();
      calendar = facts.calendar();
      summaries.addAll(facts.summaries());
      fileBaselines.putAll(facts.fileBaselines());
      facts.stakeholders().forEach(s -> stakeholders.put(s.stakeholderId(), s));
    }

    private Header header;
    private final Map<UUID, PlannedItem> items = new LinkedHashMap<>();
    private Integer baselineNumber;
    private Map<UUID, FrozenItem> baseline = Map.of();
    private Map<UUID, BigDecimal> baselineLines = Map.of();
    private final List<ProgressFact> progress = new ArrayList<>();
    private final Map<UUID, CostFact> costs = new LinkedHashMap<>();
    private final List<MaintenanceActivity> maintenance = new ArrayList<>();
    private final Map<UUID, LineFact> lines = new LinkedHashMap<>();
    private final Map<UUID, OpenChangeRequest> openChangeRequests = new LinkedHashMap<>();
    private final Map<UUID, OpenRisk> openRisks = new LinkedHashMap<>();
    private StatusReport latestStatusReport;
    private int breaches;
    private ProjectCalendar calendar = ProjectCalendar.EVERY_DAY;
    private final List<SummaryItem> summaries = new ArrayList<>();
    private final Map<UUID, FileBaseline> fileBaselines = new LinkedHashMap<>();
    private final Map<UUID, StakeholderFact> stakeholders = new LinkedHashMap<>();

    void apply(DomainEventMessage<?> message) {
      Object event = message.getPayload();
      long sequence = message.getSequenceNumber();
      if (event instanceof ProjectChartered e) {
        calendar = e.workingCalendar();
        header =
            new Header(
                e.code(),
                e.name(),
                e.currency(),
                ProjectState.CHARTERED,
                e.plannedStart(),
                e.plannedFinish(),
                e.tolerances().scheduleDays(),
                e.tolerances().costPercent(),
                e.sponsor(),
                e.manager(),
                message.getTimestamp(),
                String.valueOf(message.getMetaData().get("actor")),
                sequence);
      } else if (event instanceof WorkPackagePlanned e) {
        items.put(
            e.workPackageId(),
            new PlannedItem(
                e.workPackageId(),
                ItemKind.WORK_PACKAGE,
                e.name(),
                e.plannedStart(),
                e.plannedFinish(),
                e.plannedCost(),
                e.allLinks(),
                0,
                false,
                e.sourceId(),
                e.parentId()));
      } else if (event instanceof FileBaselineRecorded e) {
        e.items().forEach(item -> fileBaselines.put(item.itemId(), item));
      } else if (event instanceof SummaryPlanned e) {
        summaries.add(new SummaryItem(e.summaryId(), e.name(), e.parentId(), e.sourceId()));
      } else if (event instanceof MilestonePlanned e) {
        items.put(
            e.milestoneId(),
            new PlannedItem(
                e.milestoneId(),
                ItemKind.MILESTONE,
                e.name(),
                e.dueDate(),
                e.dueDate(),
                BigDecimal.ZERO,
                e.allLinks(),
                0,
                false,
                e.sourceId(),
                e.parentId()));
      } else if (event instanceof WorkPackageRescheduled e) {
        items.computeIfPresent(
            e.workPackageId(), (id, item) -> item.withDates(e.newStart(), e.newFinish()));
      } else if (event instanceof MilestoneRescheduled e) {
        items.computeIfPresent(
            e.milestoneId(), (id, item) -> item.withDates(e.newDueDate(), e.newDueDate()));
      } else if (event instanceof ItemRenamed e) {
        items.computeIfPresent(e.itemId(), (id, item) -> item.withName(e.newName()));
        summaries.replaceAll(
            s ->
                s.id().equals(e.itemId())
                    ? new SummaryItem(s.id(), e.newName(), s.parentId(), s.sourceId())
                    : s);
      } else if (event instanceof PlannedCostChanged e) {
        items.computeIfPresent(
            e.workPackageId(), (id, item) -> item.withPlannedCost(e.newPlannedCost()));
      } else if (event instanceof CharterAmended e) {
        header =
            header.amended(
                e.newName(),
                e.newPlannedStart(),
                e.newPlannedFinish(),
                e.newTolerances().scheduleDays(),
                e.newTolerances().costPercent());
      } else if (event instanceof ProjectRoleReassigned e) {
        header =
            e.role() == ProjectRole.MANAGER
                ? header.withParts(header.sponsor(), e.to())
                : header.withParts(e.to(), header.manager());
      } else if (event instanceof CalendarSet e) {
        calendar = e.newCalendar();
      } else if (event instanceof DependenciesChanged e) {
        items.computeIfPresent(e.itemId(), (id, item) -> item.withLinks(e.allNewLinks()));
      } else if (event instanceof WorkPackageCancelled e) {
        items.computeIfPresent(e.workPackageId(), (id, item) -> item.asCancelled());
      } else if (event instanceof MilestoneCancelled e) {
        items.computeIfPresent(e.milestoneId(), (id, item) -> item.asCancelled());
      } else if (event instanceof ProgressReported e) {
        progress.add(
            new ProgressFact(
                e.workPackageId(),
                e.statusDate(),
                sequence,
                e.newPercentComplete(),
                e.actualStart(),
                e.actualFinish()));
        items.computeIfPresent(
            e.workPackageId(), (id, item) -> item.withPercentComplete(e.newPercentComplete()));
      } else if (event instanceof BudgetLineOpened e) {
        lines.put(
            e.budgetLineId(), new LineFact(e.budgetLineId(), e.category().name(), e.amount()));
      } else if (event instanceof BudgetReallocated e) {
        setLine(e.fromBudgetLineId(), e.fromNewAmount());
        setLine(e.toBudgetLineId(), e.toNewAmount());
      } else if (event instanceof BudgetIncreased e) {
        setLine(e.budgetLineId(), e.newAmount());
      } else if (event instanceof CostRecorded e) {
        costs.put(
            e.costId(),
            new CostFact(
                e.costId(),
                e.budgetLineId(),
                e.workPackageId(),
                e.amount(),
                e.incurredOn(),
                e.reference(),
                null));
      } else if (event instanceof CostReversed e) {
        costs.computeIfPresent(
            e.costId(), (id, cost) -> cost.reversedBy(UUID.fromString(message.getIdentifier())));
      } else if (event instanceof BaselineSet e) {
        freeze(e.baselineNumber(), e.items());
        header = withState(e.newState());
      } else if (event instanceof BaselineRevised e) {
        freeze(e.baselineNumber(), e.items());
      } else if (event instanceof ChangeRequestRaised e) {
        openChangeRequests.put(
            e.changeRequestId(),
            new OpenChangeRequest(
                e.changeRequestId(), e.title(), e.requestedBy(), message.getTimestamp()));
      } else if (event instanceof ChangeRequestApproved e) {
        openChangeRequests.remove(e.changeRequestId());
      } else if (event instanceof ChangeRequestRejected e) {
        openChangeRequests.remove(e.changeRequestId());
      } else if (event instanceof ChangeRequestWithdrawn e) {
        openChangeRequests.remove(e.changeRequestId());
      } else if (event instanceof RiskLogged e) {
        openRisks.put(
            e.riskId(),
            OpenRisks.of(
                e.riskId(),
                e.title(),
                e.probability(),
                e.impact(),
                e.owner(),
                e.mitigation(),
                e.kind(),
                OpenRisks.Response.NONE,
                header.currency()));
      } else if (event instanceof RiskReassessed e) {
        OpenRisk risk = openRisks.get(e.riskId());
        openRisks.put(
            e.riskId(),
            OpenRisks.changed(
                risk,
                e.newProbability(),
                e.newImpact(),
                OpenRisks.Response.of(risk),
                header.currency()));
      } else if (event instanceof RiskResponsePlanned e && openRisks.containsKey(e.riskId())) {
        OpenRisk risk = openRisks.get(e.riskId());
        openRisks.put(
            e.riskId(),
            OpenRisks.changed(
                risk,
                risk.probability(),
                risk.impact(),
                new OpenRisks.Response(e.strategy(), e.owner(), e.proximity(), e.costImpact()),
                header.currency()));
      } else if (event instanceof RiskClosed e) {
        openRisks.remove(e.riskId());
      } else if (event instanceof StatusReportPublished e) {
        latestStatusReport =
            new StatusReport(
                e.reportId(),
                e.rag().name(),
                e.summary(),
                e.statusDate(),
                message.getTimestamp(),
                String.valueOf(message.getMetaData().get("actor")));
      } else if (event instanceof ToleranceBreached) {
        breaches++;
      } else if (event instanceof StakeholderRegistered e) {
        stakeholders.put(
            e.stakeholderId(),
            new StakeholderFact(
                e.stakeholderId(), e.personalData(), e.role(), names(e.interests())));
      } else if (event instanceof StakeholderInterestsChanged e) {
        StakeholderFact stakeholder = stakeholders.get(e.stakeholderId());
        stakeholders.put(
            e.stakeholderId(),
            new StakeholderFact(
                stakeholder.stakeholderId(),
                stakeholder.sealed(),
                stakeholder.role(),
                names(e.newInterests())));
      } else if (event instanceof ProjectHandedOver e) {
        header = withState(e.newState());
      } else if (event instanceof MaintenanceActivityRecorded e) {
        Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
        maintenance.add(
            new MaintenanceActivity(
                e.activityId(),
                e.kind().name(),
                e.performedOn(),
                e.description(),
                e.outcome(),
                e.budgetLineId(),
                e.cost(),
                message.getTimestamp(),
                actor == null ? null : actor.toString()));
      } else if (event instanceof ProjectClosed) {
        header = withState(ProjectState.CLOSED);
      }
      if (header != null) {
        header = header.withVersion(sequence);
      }
    }

    private void freeze(int number, List<BaselineItem> frozen) {
      baselineNumber = number;
      Map<UUID, FrozenItem> items = new HashMap<>();
      frozen.forEach(
          item ->
              items.put(
                  item.itemId(),
                  new FrozenItem(
                      item.itemId(),
                      item.plannedStart(),
                      item.plannedFinish(),
                      item.plannedCost())));
      baseline = items;
      Map<UUID, BigDecimal> amounts = new HashMap<>();
      lines.values().forEach(line -> amounts.put(line.budgetLineId(), line.amount()));
      baselineLines = amounts;
    }

    private void setLine(UUID id, BigDecimal amount) {
      LineFact line = lines.get(id);
      lines.put(id, new LineFact(id, line.category(), amount));
    }

    private Header withState(ProjectState state) {
      return header.withState(state);
    }

    private static List<String> names(java.util.Set<?> interests) {
      return interests.stream().map(String::valueOf).sorted().toList();
    }

    ProjectFacts facts() {
      List<OpenRisk> risks = new ArrayList<>(openRisks.values());
      risks.sort(
          Comparator.comparingInt(OpenRisk::exposure).reversed().thenComparing(OpenRisk::title));
      return new ProjectFacts(
          header,
          List.copyOf(items.values()),
          baselineNumber,
          baseline,
          baselineLines,
          List.copyOf(progress),
          List.copyOf(costs.values()),
          List.copyOf(lines.values()),
          List.copyOf(openChangeRequests.values()),
          risks,
          latestStatusReport,
          breaches,
          stakeholders.values().stream()
              .sorted(
                  Comparator.comparing(StakeholderFact::role)
                      .thenComparing(StakeholderFact::stakeholderId))
              .toList(),
          List.copyOf(maintenance),
          calendar,
          List.copyOf(summaries),
          fileBaselines);
    }
  }
}

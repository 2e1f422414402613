package org.projectledger.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.Policies.require;
import static org.projectledger.domain.Policies.requireAmount;
import static org.projectledger.domain.Policies.requireNew;
import static org.projectledger.domain.Policies.requireOrderedDates;
import static org.projectledger.domain.Policies.requireOwnSignature;
import static org.projectledger.domain.Policies.requireReason;
import static org.projectledger.domain.Policies.requireText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Role;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetLineOverrun;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.changecontrol.WithdrawChangeRequest;
import org.projectledger.api.charter.AmendCharter;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.charter.ReassignProjectRole;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.CommunicationPlanSet;
import org.projectledger.api.communications.Frequency;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.api.communications.RecordNotificationOutcome;
import org.projectledger.api.communications.SetCommunicationPlan;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.decisions.DecisionRecorded;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportRefusal;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.lifecycle.CloseProject;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.maintenance.RecordMaintenanceActivity;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.schedule.CancelMilestone;
import org.projectledger.api.schedule.CancelWorkPackage;
import org.projectledger.api.schedule.ChangeDependencies;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.RescheduleMilestone;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.Interests;
import org.projectledger.api.stakeholders.RegisterStakeholder;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;
import org.projectledger.api.status.PublishStatusReport;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.CheckTolerances;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;
import org.projectledger.figures.CostTolerance;
import org.projectledger.figures.CriticalPath;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.ScheduleTolerance;

/**
 * One project: its charter, plan, budget and governance. It guards every rule of DOMAIN.md, then
 * applies events; its state changes only in the event-sourcing handlers. A change that touches
 * several items is first tried on a copy of the plan, so that a refusal records nothing.
 *
 * <p>The revision names the shape of its state in snapshots: revision 2 keeps the dated progress
 * and costs that earned value is measured from ({@link Actuals}). A snapshot of another revision is
 * ignored and the project rebuilt from its events, never misread.
 */
@Revision("2")
public class Project {

  @AggregateIdentifier private UUID projectId;
  private String name;
  private String sponsor;
  private String manager;
  private String currency;
  private LocalDate plannedStart;
  private LocalDate plannedFinish;
  private Tolerances tolerances;
  private ProjectState state;
  private Plan plan = new Plan();
  private Baseline baseline;
  private Map<UUID, ChangeRequest> changeRequests = new LinkedHashMap<>();
  private Map<UUID, Risk> risks = new LinkedHashMap<>();
  private Set<UUID> decisions = new HashSet<>();
  private Set<UUID> statusReports = new HashSet<>();
  private Map<UUID, Set<Interest>> stakeholders = new LinkedHashMap<>();
  private Set<UUID> forgotten = new HashSet<>();
  private boolean costToleranceBreached;
  private boolean scheduleToleranceBreached;
  private Actuals actuals = new Actuals();
  private Map<UUID, Channel> planChannels = new LinkedHashMap<>();
  private Map<UUID, Frequency> planFrequencies = new LinkedHashMap<>();
  private Set<UUID> notifications = new HashSet<>();
  private Set<UUID> maintenanceActivities = new HashSet<>();

  /** For Axon, which rebuilds a project from its events. */
  protected Project() {}

  // ---------------------------------------------------------------- charter

  @CommandHandler
  public Project(CharterProject command, Actor actor) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO charters projects");
    Policies.validCharter(command);
    apply(
        new ProjectChartered(
            command.projectId(),
            command.code(),
            command.name(),
            command.sponsor(),
            command.manager(),
            command.currency(),
            command.plannedStart(),
            command.plannedFinish(),
            command.tolerances()));
  }

  @EventSourcingHandler
  void on(ProjectChartered event) {
    projectId = event.projectId();
    name = event.name();
    sponsor = event.sponsor();
    manager = event.manager();
    currency = event.currency();
    plannedStart = event.plannedStart();
    plannedFinish = event.plannedFinish();
    tolerances = event.tolerances();
    state = ProjectState.CHARTERED;
  }

  // ---------------------------------------------------------------- amendments

  /**
   * The sponsor amends the charter, signed, with a reason: the name, the dates and the tolerances.
   * The dates keep every planned item inside the project.
   */
  @CommandHandler
  void handle(AmendCharter command, Actor actor) {
    requireSponsor(actor, "Only the project's sponsor amends its charter");
    requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    String newName = command.name() != null ? command.name() : name;
    LocalDate newStart = command.plannedStart() != null ? command.plannedStart() : plannedStart;
    LocalDate newFinish = command.plannedFinish() != null ? command.plannedFinish() : plannedFinish;
    Tolerances newTolerances = command.tolerances() != null ? command.tolerances() : tolerances;
    requireText(newName, "name");
    requireOrderedDates(newStart, newFinish, "The project");
    require(
        !newName.equals(name)
            || !newStart.equals(plannedStart)
            || !newFinish.equals(plannedFinish)
            || !newTolerances.equals(tolerances),
        ErrorCode.VALIDATION_FAILED,
        "The amendment changes nothing");
    plan.live()
        .forEach(
            item ->
                require(
                    !item.start.isBefore(newStart) && !item.finish.isAfter(newFinish),
                    ErrorCode.INVALID_DATES,
                    "%s (%s to %s) would lie outside the project (%s to %s)"
                        .formatted(item.label(), item.start, item.finish, newStart, newFinish)));
    apply(
        new CharterAmended(
            projectId,
            name,
            newName,
            plannedStart,
            newStart,
            plannedFinish,
            newFinish,
            tolerances,
            newTolerances,
            command.reason(),
            command.signature()));
  }

  @EventSourcingHandler
  void on(CharterAmended event) {
    name = event.newName();
    plannedStart = event.newPlannedStart();
    plannedFinish = event.newPlannedFinish();
    tolerances = event.newTolerances();
  }

  /**
   * The PMO hands the manager's or the sponsor's part to another user, signed, with a reason; the
   * sponsor is never the manager.
   */
  @CommandHandler
  void handle(ReassignProjectRole command, Actor actor) {
    require(
        actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO reassigns a project's roles");
    requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    requireText(command.to(), "to");
    String from = command.role() == ProjectRole.MANAGER ? manager : sponsor;
    String other = command.role() == ProjectRole.MANAGER ? sponsor : manager;
    require(
        !command.to().equals(from),
        ErrorCode.VALIDATION_FAILED,
        command.to() + " already holds that part");
    require(
        !command.to().equals(other),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "A project's sponsor is never its manager");
    apply(
        new ProjectRoleReassigned(
            projectId, command.role(), from, command.to(), command.reason(), command.signature()));
  }

  @EventSourcingHandler
  void on(ProjectRoleReassigned event) {
    if (event.role() == ProjectRole.MANAGER) {
      manager = event.to();
    } else {
      sponsor = event.to();
    }
  }

  // ---------------------------------------------------------------- imports

  /**
   * An imported plan: each item, in dependency order, goes through {@link #planOn} as if planned by
   * hand, on one trial plan; then the budget and tolerance rules apply to the whole. A row whose
   * predecessor was refused is refused too. Nothing is recorded unless every row is accepted (all
   * or nothing), and nothing at all on a dry run, which answers the report instead. Each event
   * recorded says, in its metadata, which file and row it came from.
   */
  @CommandHandler
  ImportReport handle(ImportPlan command, Actor actor) {
    requireManager(actor);
    Plan trial = plan.copy();
    List<ImportedItem> accepted = new ArrayList<>();
    List<ImportRefusal> refused = new ArrayList<>();
    Map<UUID, String> refusedRows = new LinkedHashMap<>();
    for (ImportedItem item : ImportOrder.of(command.items(), refused, refusedRows)) {
      List<String> blocked =
          item.dependsOn().stream().filter(refusedRows::containsKey).map(refusedRows::get).toList();
      if (!blocked.isEmpty()) {
        refused.add(
            new ImportRefusal(
                item.row(),
                ErrorCode.DEPENDENCY_VIOLATION.name(),
                "Depends on refused " + String.join(", ", blocked)));
        refusedRows.put(item.itemId(), item.row());
        continue;
      }
      try {
        planOn(
            trial,
            item.itemId(),
            item.kind(),
            item.name(),
            item.start(),
            item.finish(),
            item.kind() == ItemKind.MILESTONE ? BigDecimal.ZERO : item.plannedCost(),
            item.dependsOn());
        accepted.add(item);
      } catch (LedgerException refusal) {
        refused.add(new ImportRefusal(item.row(), refusal.code().name(), refusal.getMessage()));
        refusedRows.put(item.itemId(), item.row());
      }
    }
    try {
      trial.requirePlanCoveredByBudget();
      requireCostWithinTolerance(trial);
    } catch (LedgerException refusal) {
      refused.add(new ImportRefusal("the whole file", refusal.code().name(), refusal.getMessage()));
    }
    ImportReport report =
        new ImportReport(
            command.source(),
            command.dryRun(),
            List.copyOf(accepted),
            List.copyOf(refused),
            command.notes());
    if (command.dryRun()) {
      return report;
    }
    require(
        !command.items().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "The file holds no task to import");
    if (!refused.isEmpty()) {
      throw new LedgerException(
          ErrorCode.IMPORT_REFUSED,
          refused.size()
              + " row(s) of "
              + command.source().fileName()
              + " are refused: nothing was imported",
          Map.of("refused", refused, "notes", command.notes()));
    }
    for (ImportedItem item : accepted) {
      MetaData source =
          MetaData.with(MetaDataKeys.IMPORT_FILE, command.source().fileName())
              .and(MetaDataKeys.IMPORT_FORMAT, command.source().format())
              .and(MetaDataKeys.IMPORT_SHA256, command.source().sha256())
              .and(MetaDataKeys.IMPORT_ROW, item.row());
      apply(
          item.kind() == ItemKind.MILESTONE
              ? new MilestonePlanned(
                  projectId, item.itemId(), item.name(), item.finish(), item.dependsOn())
              : new WorkPackagePlanned(
                  projectId,
                  item.itemId(),
                  item.name(),
                  item.start(),
                  item.finish(),
                  item.plannedCost(),
                  item.dependsOn()),
          source);
    }
    return report;
  }

  // ---------------------------------------------------------------- schedule

  @CommandHandler
  void handle(PlanWorkPackage command, Actor actor) {
    requireManager(actor);
    Plan trial = plan.copy();
    planOn(
        trial,
        command.workPackageId(),
        ItemKind.WORK_PACKAGE,
        command.name(),
        command.plannedStart(),
        command.plannedFinish(),
        command.plannedCost(),
        command.dependsOn());
    trial.requirePlanCoveredByBudget();
    requireCostWithinTolerance(trial);
    apply(
        new WorkPackagePlanned(
            projectId,
            command.workPackageId(),
            command.name(),
            command.plannedStart(),
            command.plannedFinish(),
            command.plannedCost(),
            command.dependsOn()));
  }

  /**
   * The rules of planning one work package or milestone (DOMAIN.md), checked against a trial plan
   * that the item then joins: a new id, a name, a cost, ordered dates inside the project's,
   * predecessors that exist without a cycle, and a start after every predecessor's finish.
   */
  private void planOn(
      Plan trial,
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal cost,
      List<UUID> dependsOn) {
    requireNew(!trial.items.containsKey(id), "work package or milestone", id);
    requireText(name, "name");
    require(
        start != null && finish != null && cost != null,
        ErrorCode.VALIDATION_FAILED,
        kind == ItemKind.MILESTONE
            ? "A milestone needs a due date"
            : "A work package needs a start, a finish and a planned cost");
    if (kind == ItemKind.WORK_PACKAGE) {
      requireAmount(cost, "plannedCost", false, currency);
      requireOrderedDates(start, finish, "The work package");
    }
    Item item = new Item(id, kind, name, start, finish, cost, dependsOn);
    requireInsideProject(item);
    trial.requireDependenciesExistWithoutCycle(item.id, item.dependsOn);
    trial.items.put(item.id, item);
    trial.requireAfterPredecessors(item);
  }

  @EventSourcingHandler
  void on(WorkPackagePlanned event) {
    plan.items.put(
        event.workPackageId(),
        new Item(
            event.workPackageId(),
            ItemKind.WORK_PACKAGE,
            event.name(),
            event.plannedStart(),
            event.plannedFinish(),
            event.plannedCost(),
            event.dependsOn()));
  }

  @CommandHandler
  void handle(PlanMilestone command, Actor actor) {
    requireManager(actor);
    planOn(
        plan.copy(),
        command.milestoneId(),
        ItemKind.MILESTONE,
        command.name(),
        command.dueDate(),
        command.dueDate(),
        BigDecimal.ZERO,
        command.dependsOn());
    apply(
        new MilestonePlanned(
            projectId,
            command.milestoneId(),
            command.name(),
            command.dueDate(),
            command.dependsOn()));
  }

  @EventSourcingHandler
  void on(MilestonePlanned event) {
    plan.items.put(
        event.milestoneId(),
        new Item(
            event.milestoneId(),
            ItemKind.MILESTONE,
            event.name(),
            event.dueDate(),
            event.dueDate(),
            BigDecimal.ZERO,
            event.dependsOn()));
  }

  @CommandHandler
  void handle(RescheduleWorkPackage command, Actor actor, BusinessDate today) {
    requireManager(actor);
    requireReason(command.reason());
    plan.item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    requireOrderedDates(command.plannedStart(), command.plannedFinish(), "The work package");
    reschedule(
        command.workPackageId(),
        command.plannedStart(),
        command.plannedFinish(),
        command.reason(),
        command.cascade());
    checkScheduleTolerance(today.date(), null);
  }

  @CommandHandler
  void handle(RescheduleMilestone command, Actor actor, BusinessDate today) {
    requireManager(actor);
    requireReason(command.reason());
    plan.item(command.milestoneId(), ItemKind.MILESTONE);
    reschedule(
        command.milestoneId(),
        command.dueDate(),
        command.dueDate(),
        command.reason(),
        command.cascade());
    checkScheduleTolerance(today.date(), null);
  }

  /** Moves one item directly (within tolerance), its successors after it where asked. */
  private void reschedule(
      UUID itemId, LocalDate start, LocalDate finish, String reason, boolean cascade) {
    Plan trial = plan.copy();
    Item item = trial.items.get(itemId);
    Plan.Move asked = new Plan.Move(itemId, item.start, item.finish, start, finish, null);
    item.moveTo(start, finish);
    requireInsideProject(item);
    trial.requireAfterPredecessors(item);
    List<Plan.Move> pushed = trial.pushSuccessors(itemId, cascade);
    for (Plan.Move move : pushed) {
      requireInsideProject(trial.items.get(move.itemId()));
    }
    requireScheduleWithinTolerance(trial);
    applyMove(asked, reason);
    pushed.forEach(move -> applyMove(move, reason));
  }

  private void applyMove(Plan.Move move, String reason) {
    if (plan.items.get(move.itemId()).isMilestone()) {
      apply(
          new MilestoneRescheduled(
              projectId, move.itemId(), move.oldStart(), move.newStart(), reason, move.causedBy()));
    } else {
      apply(
          new WorkPackageRescheduled(
              projectId,
              move.itemId(),
              move.oldStart(),
              move.oldFinish(),
              move.newStart(),
              move.newFinish(),
              reason,
              move.causedBy()));
    }
  }

  @EventSourcingHandler
  void on(WorkPackageRescheduled event) {
    plan.items.get(event.workPackageId()).moveTo(event.newStart(), event.newFinish());
  }

  @EventSourcingHandler
  void on(MilestoneRescheduled event) {
    plan.items.get(event.milestoneId()).moveTo(event.newDueDate(), event.newDueDate());
  }

  @CommandHandler
  void handle(ChangePlannedCost command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    requireAmount(command.plannedCost(), "plannedCost", false, currency);
    Item item = plan.item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    Plan trial = plan.copy();
    trial.items.get(item.id).plannedCost = command.plannedCost();
    trial.requirePlanCoveredByBudget();
    requireCostWithinTolerance(trial);
    apply(
        new PlannedCostChanged(
            projectId, item.id, item.plannedCost, command.plannedCost(), command.reason(), null));
  }

  @EventSourcingHandler
  void on(PlannedCostChanged event) {
    plan.items.get(event.workPackageId()).plannedCost = event.newPlannedCost();
  }

  // ---------------------------------------------------------------- cancellations

  /**
   * A work package no longer wanted is cancelled, never deleted: before the first baseline by the
   * manager directly, after it only through an approved change request (CANCEL_WORK_PACKAGE). It
   * leaves BAC, PV, EV, the critical path and hand-over completeness; its recorded costs stay in
   * AC.
   */
  @CommandHandler
  void handle(CancelWorkPackage command, Actor actor) {
    Item item =
        cancellable(command.workPackageId(), ItemKind.WORK_PACKAGE, command.reason(), actor);
    apply(new WorkPackageCancelled(projectId, item.id, command.reason(), null));
  }

  @CommandHandler
  void handle(CancelMilestone command, Actor actor) {
    Item item = cancellable(command.milestoneId(), ItemKind.MILESTONE, command.reason(), actor);
    apply(new MilestoneCancelled(projectId, item.id, command.reason(), null));
  }

  private Item cancellable(UUID id, ItemKind kind, String reason, Actor actor) {
    requireManager(actor);
    requireReason(reason);
    Item item = plan.item(id, kind);
    require(
        baseline == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline %s is cancelled through a change request"
            .formatted(item.label()));
    plan.requireNoDependants(item);
    return item;
  }

  @EventSourcingHandler
  void on(WorkPackageCancelled event) {
    plan.items.get(event.workPackageId()).cancelled = true;
  }

  @EventSourcingHandler
  void on(MilestoneCancelled event) {
    plan.items.get(event.milestoneId()).cancelled = true;
  }

  // ---------------------------------------------------------------- dependencies

  /**
   * What an item depends on changes only with a reason: directly before the first baseline, then
   * through an approved change request (CHANGE_DEPENDENCIES). No cycle, no violated dependency.
   */
  @CommandHandler
  void handle(ChangeDependencies command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    Item item = plan.items.get(command.itemId());
    require(
        item != null,
        ErrorCode.NOT_FOUND,
        "No work package or milestone with id " + command.itemId());
    item = plan.item(item.id, item.kind);
    require(
        baseline == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline the dependencies of %s change through a change request"
            .formatted(item.label()));
    Plan trial = plan.copy();
    dependOn(trial, item.id, command.dependsOn());
    apply(
        new DependenciesChanged(
            projectId,
            item.id,
            List.copyOf(item.dependsOn),
            command.dependsOn(),
            command.reason(),
            null));
  }

  /** Gives an item of the trial plan new predecessors, refusing a cycle or a violated one. */
  private static void dependOn(Plan trial, UUID itemId, List<UUID> dependsOn) {
    trial.requireDependenciesExistWithoutCycle(itemId, dependsOn);
    Item item = trial.items.get(itemId);
    item.dependsOn = new ArrayList<>(dependsOn);
    trial.requireAfterPredecessors(item);
  }

  @EventSourcingHandler
  void on(DependenciesChanged event) {
    plan.items.get(event.itemId()).dependsOn = new ArrayList<>(event.newDependsOn());
  }

  // ---------------------------------------------------------------- progress

  @CommandHandler
  void handle(ReportProgress command, Actor actor, BusinessDate today) {
    requireManager(actor);
    Item item = plan.item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    require(
        command.percentComplete() >= 0 && command.percentComplete() <= 100,
        ErrorCode.VALIDATION_FAILED,
        "percentComplete must be from 0 to 100");
    if (command.percentComplete() < item.percentComplete) {
      require(
          command.reason() != null && !command.reason().isBlank(),
          ErrorCode.VALIDATION_FAILED,
          "Lowering progress from %d%% to %d%% needs a reason"
              .formatted(item.percentComplete, command.percentComplete()));
    }
    apply(
        new ProgressReported(
            projectId,
            item.id,
            item.percentComplete,
            command.percentComplete(),
            command.statusDate(),
            command.reason()));
    checkCostTolerance(today.date(), null);
    checkScheduleTolerance(today.date(), null);
  }

  @EventSourcingHandler
  void on(ProgressReported event) {
    plan.items.get(event.workPackageId()).percentComplete = event.newPercentComplete();
    actuals.progressed(event.workPackageId(), event.statusDate(), event.newPercentComplete());
  }

  // ---------------------------------------------------------------- budget

  @CommandHandler
  void handle(OpenBudgetLine command, Actor actor) {
    requireManager(actor);
    require(
        baseline == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline a new budget line goes through a change request"
            + " (OPEN_BUDGET_LINE) that the sponsor approves");
    requireNew(
        !plan.lines.containsKey(command.budgetLineId()), "budget line", command.budgetLineId());
    requireAmount(command.amount(), "amount", true, currency);
    apply(
        new BudgetLineOpened(
            projectId, command.budgetLineId(), command.category(), command.amount()));
  }

  @EventSourcingHandler
  void on(BudgetLineOpened event) {
    plan.lines.put(
        event.budgetLineId(),
        new BudgetLine(event.budgetLineId(), event.category(), event.amount()));
  }

  @CommandHandler
  void handle(ReallocateBudget command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    requireAmount(command.amount(), "amount", true, currency);
    require(
        !command.fromBudgetLineId().equals(command.toBudgetLineId()),
        ErrorCode.VALIDATION_FAILED,
        "Budget can only move between two different lines");
    BudgetLine from = plan.line(command.fromBudgetLineId());
    BudgetLine to = plan.line(command.toBudgetLineId());
    BigDecimal fromNew = from.amount.subtract(command.amount());
    require(
        fromNew.compareTo(from.actual) >= 0,
        ErrorCode.BUDGET_BELOW_ACTUALS,
        "The line would keep %s but %s has already been spent on it"
            .formatted(fromNew.toPlainString(), from.actual.toPlainString()));
    apply(
        new BudgetReallocated(
            projectId,
            from.id,
            to.id,
            command.amount(),
            from.amount,
            fromNew,
            to.amount,
            to.amount.add(command.amount()),
            command.reason()));
  }

  @EventSourcingHandler
  void on(BudgetReallocated event) {
    plan.lines.get(event.fromBudgetLineId()).amount = event.fromNewAmount();
    plan.lines.get(event.toBudgetLineId()).amount = event.toNewAmount();
  }

  @EventSourcingHandler
  void on(BudgetIncreased event) {
    plan.lines.get(event.budgetLineId()).amount = event.newAmount();
  }

  @CommandHandler
  void handle(RecordCost command, Actor actor, BusinessDate today) {
    requireManager(actor);
    requireNew(!actuals.costs.containsKey(command.costId()), "cost", command.costId());
    requireAmount(command.amount(), "amount", true, currency);
    require(
        command.currency() == null || command.currency().equals(currency),
        ErrorCode.CURRENCY_MISMATCH,
        "The project keeps its books in %s, not %s".formatted(currency, command.currency()));
    requireText(command.reference(), "reference");
    BudgetLine line = plan.line(command.budgetLineId());
    plan.item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    BigDecimal after = line.actual.add(command.amount());
    apply(
        new CostRecorded(
            projectId,
            command.costId(),
            line.id,
            command.workPackageId(),
            command.amount(),
            currency,
            command.incurredOn(),
            command.reference(),
            command.description(),
            line.actual,
            after));
    if (after.compareTo(line.amount) > 0) {
      apply(
          new BudgetLineOverrun(
              projectId,
              line.id,
              command.costId(),
              line.amount,
              after.subtract(command.amount()),
              after,
              after.subtract(line.amount)));
    }
    checkCostTolerance(today.date(), command.costId());
  }

  /** The ledger's own daily check: figures move with the calendar, not only with commands. */
  @CommandHandler
  void handle(CheckTolerances command, Actor actor, BusinessDate today) {
    require(actor.isLedger(), ErrorCode.FORBIDDEN, "Only the ledger checks tolerances on its own");
    if (state == ProjectState.EXECUTING) {
      checkCostTolerance(today.date(), null);
      checkScheduleTolerance(today.date(), null);
    }
  }

  /**
   * PRINCE2's cost exception, raised and cleared: measured on {@code statusDate} by the one
   * definition of earned value (the dashboard's), EAC beyond the latest baseline's total plus its
   * tolerance raises {@code ToleranceBreached}; back within it, {@code ToleranceRestored}.
   */
  private void checkCostTolerance(LocalDate statusDate, UUID cause) {
    if (baseline == null) {
      return;
    }
    BigDecimal limit = CostTolerance.limit(baseline.totalPlannedCost, tolerances.costPercent());
    BigDecimal estimate = actuals.on(statusDate, plan, baseline).eac();
    boolean within = CostTolerance.within(estimate, limit);
    if (!within && !costToleranceBreached) {
      apply(
          new ToleranceBreached(
              projectId,
              ToleranceKind.COST,
              cause,
              baseline.number,
              baseline.totalPlannedCost,
              tolerances.costPercent(),
              EarnedValue.money(limit),
              EarnedValue.money(estimate)));
    } else if (within && costToleranceBreached) {
      apply(
          new ToleranceRestored(
              projectId,
              ToleranceKind.COST,
              cause,
              baseline.number,
              EarnedValue.money(limit),
              EarnedValue.money(estimate)));
    }
  }

  @EventSourcingHandler
  void on(CostRecorded event, @MessageIdentifier String eventId) {
    plan.lines.get(event.budgetLineId()).actual = event.lineActualAfter();
    plan.actualTotal = plan.actualTotal.add(event.amount());
    actuals.spent(
        event.costId(),
        new Actuals.RecordedCost(
            UUID.fromString(eventId),
            event.budgetLineId(),
            event.workPackageId(),
            event.amount(),
            event.incurredOn(),
            false));
  }

  /**
   * A correction, never a rewrite: the reversal names the CostRecorded it corrects, and from now on
   * the amount leaves the line's actuals, AC and every figure.
   */
  @CommandHandler
  void handle(ReverseCost command, Actor actor, BusinessDate today) {
    requireManager(actor);
    requireReason(command.reason());
    Actuals.RecordedCost cost = actuals.costs.get(command.costId());
    require(cost != null, ErrorCode.NOT_FOUND, "No cost with id " + command.costId());
    require(
        !cost.reversed(),
        ErrorCode.ALREADY_REVERSED,
        "The cost " + command.costId() + " was reversed already");
    BudgetLine line = plan.line(cost.budgetLineId());
    apply(
        new CostReversed(
            projectId,
            command.costId(),
            cost.eventId(),
            line.id,
            cost.workPackageId(),
            cost.amount(),
            currency,
            cost.incurredOn(),
            command.reason(),
            line.actual,
            line.actual.subtract(cost.amount())));
    checkCostTolerance(today.date(), command.costId());
  }

  @EventSourcingHandler
  void on(CostReversed event) {
    plan.lines.get(event.budgetLineId()).actual = event.lineActualAfter();
    plan.actualTotal = plan.actualTotal.subtract(event.amount());
    actuals.reversed(event.costId());
  }

  @EventSourcingHandler
  void on(ToleranceBreached event) {
    if (event.kind() == ToleranceKind.SCHEDULE) {
      scheduleToleranceBreached = true;
    } else {
      costToleranceBreached = true;
    }
  }

  @EventSourcingHandler
  void on(ToleranceRestored event) {
    if (event.kind() == ToleranceKind.SCHEDULE) {
      scheduleToleranceBreached = false;
    } else {
      costToleranceBreached = false;
    }
  }

  /**
   * PRINCE2's schedule exception, raised and cleared: on {@code statusDate} the forecast finish
   * (the critical path with late unfinished work moved on, {@link ScheduleTolerance}) later than
   * the latest baseline's finish plus its days raises {@code ToleranceBreached} (SCHEDULE); back
   * within it, {@code ToleranceRestored}.
   */
  private void checkScheduleTolerance(LocalDate statusDate, UUID cause) {
    if (baseline == null) {
      return;
    }
    LocalDate baselineFinish =
        baseline.items.values().stream()
            .map(item -> item.plannedFinish())
            .max(LocalDate::compareTo)
            .orElse(null);
    if (baselineFinish == null) {
      return;
    }
    LocalDate limit = ScheduleTolerance.limit(baselineFinish, tolerances.scheduleDays());
    LocalDate forecast =
        ScheduleTolerance.forecastFinish(
            plan.live()
                .map(
                    item ->
                        new CriticalPath.Node(
                            item.id, item.isMilestone(), item.start, item.finish, item.dependsOn))
                .toList(),
            actuals.percentCompleteOn(statusDate),
            statusDate);
    boolean within = ScheduleTolerance.within(forecast, limit);
    if (!within && !scheduleToleranceBreached) {
      apply(
          new ToleranceBreached(
              projectId,
              ToleranceKind.SCHEDULE,
              cause,
              baseline.number,
              null,
              null,
              null,
              null,
              baselineFinish,
              tolerances.scheduleDays(),
              forecast));
    } else if (within && scheduleToleranceBreached) {
      apply(
          new ToleranceRestored(
              projectId,
              ToleranceKind.SCHEDULE,
              cause,
              baseline.number,
              null,
              null,
              limit,
              forecast));
    }
  }

  // ---------------------------------------------------------------- baselines

  @CommandHandler
  void handle(SetBaseline command, Actor actor) {
    requireSponsor(actor, "Only the project's sponsor sets a baseline");
    requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    require(
        !plan.items.isEmpty(), ErrorCode.VALIDATION_FAILED, "There is nothing planned to baseline");
    ProjectState newState = state == ProjectState.CHARTERED ? ProjectState.EXECUTING : state;
    apply(
        new BaselineSet(
            projectId,
            baseline == null ? 1 : baseline.number + 1,
            Baseline.freeze(plan),
            plan.totalPlannedCost(),
            command.reason(),
            command.signature(),
            state,
            newState));
  }

  @EventSourcingHandler
  void on(BaselineSet event) {
    baseline = new Baseline(event.baselineNumber(), event.items(), event.totalPlannedCost());
    state = event.newState();
    costToleranceBreached = false;
    scheduleToleranceBreached = false;
  }

  @EventSourcingHandler
  void on(BaselineRevised event) {
    baseline = new Baseline(event.baselineNumber(), event.items(), event.totalPlannedCost());
    costToleranceBreached = false;
    scheduleToleranceBreached = false;
  }

  // ---------------------------------------------------------------- change control

  @CommandHandler
  void handle(RaiseChangeRequest command, Actor actor) {
    requireManager(actor);
    require(
        baseline != null,
        ErrorCode.NOT_BASELINED,
        "Before the first baseline the plan changes directly");
    requireNew(
        !changeRequests.containsKey(command.changeRequestId()),
        "change request",
        command.changeRequestId());
    requireText(command.title(), "title");
    requireText(command.justification(), "justification");
    require(
        !command.proposedChanges().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "A change request proposes at least one change");
    for (ProposedChange change : command.proposedChanges()) {
      switch (change.type()) {
        case RESCHEDULE_WORK_PACKAGE -> {
          plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
          requireOrderedDates(change.plannedStart(), change.plannedFinish(), "The work package");
        }
        case RESCHEDULE_MILESTONE -> plan.item(change.milestoneId(), ItemKind.MILESTONE);
        case CHANGE_PLANNED_COST -> {
          plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
          requireAmount(change.plannedCost(), "plannedCost", false, currency);
        }
        case INCREASE_BUDGET -> {
          plan.line(change.budgetLineId());
          requireAmount(change.amount(), "amount", true, currency);
        }
        case OPEN_BUDGET_LINE -> {
          requireNew(
              !plan.lines.containsKey(change.budgetLineId()), "budget line", change.budgetLineId());
          requireAmount(change.amount(), "amount", true, currency);
        }
        case CHANGE_DEPENDENCIES -> {
          Item item = plan.items.get(change.itemId());
          require(
              item != null,
              ErrorCode.NOT_FOUND,
              "No work package or milestone with id " + change.itemId());
          plan.item(item.id, item.kind);
          plan.requireDependenciesExistWithoutCycle(item.id, change.dependsOn());
        }
        case CANCEL_WORK_PACKAGE -> plan.item(change.workPackageId(), ItemKind.WORK_PACKAGE);
        case CANCEL_MILESTONE -> plan.item(change.milestoneId(), ItemKind.MILESTONE);
      }
    }
    apply(
        new ChangeRequestRaised(
            projectId,
            command.changeRequestId(),
            command.title(),
            command.justification(),
            command.proposedChanges(),
            actor.userName()));
  }

  @EventSourcingHandler
  void on(ChangeRequestRaised event) {
    changeRequests.put(
        event.changeRequestId(),
        new ChangeRequest(
            event.changeRequestId(), event.title(), event.requestedBy(), event.proposedChanges()));
  }

  @CommandHandler
  void handle(ApproveChangeRequest command, Actor actor, BusinessDate today) {
    ChangeRequest request = decidable(command.changeRequestId(), actor);
    requireOwnSignature(command.signature(), actor);
    Plan trial = plan.copy();
    for (ProposedChange change : request.changes) {
      applyTo(trial, change);
    }
    for (Item cancelled : trial.items.values()) {
      if (cancelled.cancelled && !plan.items.get(cancelled.id).cancelled) {
        trial.requireNoDependants(cancelled);
      }
    }
    for (Item item : trial.live().toList()) {
      requireInsideProject(item);
      trial.requireAfterPredecessors(item);
    }
    trial.requirePlanCoveredByBudget();

    apply(new ChangeRequestApproved(projectId, request.id, command.comment(), command.signature()));
    String reason = "Change request approved: " + request.title;
    for (ProposedChange change : request.changes) {
      switch (change.type()) {
        case RESCHEDULE_WORK_PACKAGE -> {
          Item item = plan.items.get(change.workPackageId());
          apply(
              new WorkPackageRescheduled(
                  projectId,
                  item.id,
                  item.start,
                  item.finish,
                  change.plannedStart(),
                  change.plannedFinish(),
                  reason,
                  request.id));
        }
        case RESCHEDULE_MILESTONE -> {
          Item item = plan.items.get(change.milestoneId());
          apply(
              new MilestoneRescheduled(
                  projectId, item.id, item.start, change.dueDate(), reason, request.id));
        }
        case CHANGE_PLANNED_COST -> {
          Item item = plan.items.get(change.workPackageId());
          apply(
              new PlannedCostChanged(
                  projectId, item.id, item.plannedCost, change.plannedCost(), reason, request.id));
        }
        case INCREASE_BUDGET -> {
          BudgetLine line = plan.lines.get(change.budgetLineId());
          apply(
              new BudgetIncreased(
                  projectId, line.id, line.amount, line.amount.add(change.amount()), request.id));
        }
        case OPEN_BUDGET_LINE ->
            apply(
                new BudgetLineOpened(
                    projectId,
                    change.budgetLineId(),
                    change.category(),
                    change.amount(),
                    request.id));
        case CHANGE_DEPENDENCIES ->
            apply(
                new DependenciesChanged(
                    projectId,
                    change.itemId(),
                    List.copyOf(plan.items.get(change.itemId()).dependsOn),
                    change.dependsOn(),
                    reason,
                    request.id));
        case CANCEL_WORK_PACKAGE ->
            apply(new WorkPackageCancelled(projectId, change.workPackageId(), reason, request.id));
        case CANCEL_MILESTONE ->
            apply(new MilestoneCancelled(projectId, change.milestoneId(), reason, request.id));
      }
    }
    apply(
        new BaselineRevised(
            projectId,
            baseline.number + 1,
            Baseline.freeze(plan),
            plan.totalPlannedCost(),
            request.id));
    // The revised baseline is what the figures are measured against from now on: an exception
    // the approval did not cure is raised again against it.
    checkCostTolerance(today.date(), null);
    checkScheduleTolerance(today.date(), null);
  }

  private static void applyTo(Plan trial, ProposedChange change) {
    switch (change.type()) {
      case RESCHEDULE_WORK_PACKAGE ->
          trial
              .items
              .get(change.workPackageId())
              .moveTo(change.plannedStart(), change.plannedFinish());
      case RESCHEDULE_MILESTONE ->
          trial.items.get(change.milestoneId()).moveTo(change.dueDate(), change.dueDate());
      case CHANGE_PLANNED_COST ->
          trial.items.get(change.workPackageId()).plannedCost = change.plannedCost();
      case INCREASE_BUDGET -> {
        BudgetLine line = trial.lines.get(change.budgetLineId());
        line.amount = line.amount.add(change.amount());
      }
      case OPEN_BUDGET_LINE ->
          trial.lines.put(
              change.budgetLineId(),
              new BudgetLine(change.budgetLineId(), change.category(), change.amount()));
      case CHANGE_DEPENDENCIES -> {
        // The order of dates is checked once every change of the request is applied.
        trial.requireDependenciesExistWithoutCycle(change.itemId(), change.dependsOn());
        trial.items.get(change.itemId()).dependsOn = new ArrayList<>(change.dependsOn());
      }
      case CANCEL_WORK_PACKAGE -> trial.items.get(change.workPackageId()).cancelled = true;
      case CANCEL_MILESTONE -> trial.items.get(change.milestoneId()).cancelled = true;
    }
  }

  @EventSourcingHandler
  void on(ChangeRequestApproved event) {
    changeRequests.get(event.changeRequestId()).status = ChangeRequest.Status.APPROVED;
  }

  @CommandHandler
  void handle(RejectChangeRequest command, Actor actor) {
    ChangeRequest request = decidable(command.changeRequestId(), actor);
    requireOwnSignature(command.signature(), actor);
    apply(new ChangeRequestRejected(projectId, request.id, command.comment(), command.signature()));
  }

  @EventSourcingHandler
  void on(ChangeRequestRejected event) {
    changeRequests.get(event.changeRequestId()).status = ChangeRequest.Status.REJECTED;
  }

  @CommandHandler
  void handle(WithdrawChangeRequest command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    ChangeRequest request = openChangeRequest(command.changeRequestId());
    apply(new ChangeRequestWithdrawn(projectId, request.id, command.reason()));
  }

  @EventSourcingHandler
  void on(ChangeRequestWithdrawn event) {
    changeRequests.get(event.changeRequestId()).status = ChangeRequest.Status.WITHDRAWN;
  }

  /** An open change request that this actor may decide: the sponsor, who did not ask for it. */
  private ChangeRequest decidable(UUID changeRequestId, Actor actor) {
    requireSponsor(actor, "Only the project's sponsor decides change requests");
    requireOpen();
    ChangeRequest request = openChangeRequest(changeRequestId);
    require(
        !actor.userName().equals(request.requestedBy),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "Whoever asked for a change may not decide it");
    return request;
  }

  private ChangeRequest openChangeRequest(UUID changeRequestId) {
    ChangeRequest request = changeRequests.get(changeRequestId);
    require(request != null, ErrorCode.NOT_FOUND, "No change request with id " + changeRequestId);
    require(
        request.status == ChangeRequest.Status.RAISED,
        ErrorCode.CHANGE_REQUEST_NOT_OPEN,
        "The change request is already " + request.status);
    return request;
  }

  // ---------------------------------------------------------------- risks, decisions, status

  @CommandHandler
  void handle(LogRisk command, Actor actor) {
    requireManager(actor);
    requireNew(!risks.containsKey(command.riskId()), "risk", command.riskId());
    requireText(command.title(), "title");
    requireText(command.owner(), "owner");
    requireScale(command.probability(), "probability");
    requireScale(command.impact(), "impact");
    apply(
        new RiskLogged(
            projectId,
            command.riskId(),
            command.title(),
            command.probability(),
            command.impact(),
            command.owner(),
            command.mitigation()));
  }

  @EventSourcingHandler
  void on(RiskLogged event) {
    risks.put(event.riskId(), new Risk(event.probability(), event.impact()));
  }

  @CommandHandler
  void handle(ReassessRisk command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    requireScale(command.probability(), "probability");
    requireScale(command.impact(), "impact");
    Risk risk = openRisk(command.riskId());
    apply(
        new RiskReassessed(
            projectId,
            command.riskId(),
            risk.probability,
            risk.impact,
            command.probability(),
            command.impact(),
            command.reason()));
  }

  @EventSourcingHandler
  void on(RiskReassessed event) {
    Risk risk = risks.get(event.riskId());
    risk.probability = event.newProbability();
    risk.impact = event.newImpact();
  }

  @CommandHandler
  void handle(CloseRisk command, Actor actor) {
    requireManager(actor);
    requireReason(command.reason());
    openRisk(command.riskId());
    apply(new RiskClosed(projectId, command.riskId(), command.reason()));
  }

  @EventSourcingHandler
  void on(RiskClosed event) {
    risks.get(event.riskId()).open = false;
  }

  private Risk openRisk(UUID riskId) {
    Risk risk = risks.get(riskId);
    require(risk != null, ErrorCode.NOT_FOUND, "No risk with id " + riskId);
    require(risk.open, ErrorCode.RISK_CLOSED, "The risk is closed");
    return risk;
  }

  private static void requireScale(int value, String field) {
    require(value >= 1 && value <= 5, ErrorCode.VALIDATION_FAILED, field + " must be from 1 to 5");
  }

  @CommandHandler
  void handle(RecordDecision command, Actor actor) {
    requireManager(actor);
    requireNew(!decisions.contains(command.decisionId()), "decision", command.decisionId());
    requireText(command.title(), "title");
    requireText(command.rationale(), "rationale");
    apply(
        new DecisionRecorded(
            projectId,
            command.decisionId(),
            command.title(),
            command.rationale(),
            command.alternativesConsidered()));
  }

  @EventSourcingHandler
  void on(DecisionRecorded event) {
    decisions.add(event.decisionId());
  }

  @CommandHandler
  void handle(PublishStatusReport command, Actor actor) {
    requireManager(actor);
    requireNew(!statusReports.contains(command.reportId()), "status report", command.reportId());
    requireText(command.summary(), "summary");
    apply(
        new StatusReportPublished(
            projectId, command.reportId(), command.rag(), command.summary(), command.statusDate()));
  }

  @EventSourcingHandler
  void on(StatusReportPublished event) {
    statusReports.add(event.reportId());
  }

  // ---------------------------------------------------------------- stakeholders

  @CommandHandler
  void handle(RegisterStakeholder command, Actor actor) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO registers stakeholders");
    requireOpen();
    requireNew(
        !stakeholders.containsKey(command.stakeholderId()), "stakeholder", command.stakeholderId());
    requireText(command.role(), "role");
    apply(
        new StakeholderRegistered(
            projectId,
            command.stakeholderId(),
            command.personalData(),
            command.role(),
            command.interests(),
            command.organisation()));
  }

  @EventSourcingHandler
  void on(StakeholderRegistered event) {
    stakeholders.put(event.stakeholderId(), Interests.of(event.interests()));
  }

  @CommandHandler
  void handle(UpdateStakeholderInterests command, Actor actor) {
    require(
        actor.hasRole(Role.PMO)
            || (actor.hasRole(Role.MANAGER) && actor.userName().equals(manager)),
        ErrorCode.FORBIDDEN,
        "Only the PMO or the project's manager changes a stakeholder's interests");
    requireOpen();
    requireReason(command.reason());
    Set<Interest> old = stakeholders.get(command.stakeholderId());
    require(old != null, ErrorCode.NOT_FOUND, "No stakeholder with id " + command.stakeholderId());
    apply(
        new StakeholderInterestsChanged(
            projectId, command.stakeholderId(), old, command.interests(), command.reason()));
  }

  @CommandHandler
  void handle(ForgetStakeholder command, Actor actor) {
    require(
        actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO has stakeholders forgotten");
    requireReason(command.reason());
    require(
        stakeholders.containsKey(command.stakeholderId()),
        ErrorCode.NOT_FOUND,
        "No stakeholder with id " + command.stakeholderId());
    require(
        !forgotten.contains(command.stakeholderId()),
        ErrorCode.DUPLICATE_ID,
        "The stakeholder is already forgotten");
    apply(new StakeholderForgotten(projectId, command.stakeholderId(), command.reason()));
  }

  @EventSourcingHandler
  void on(StakeholderForgotten event) {
    forgotten.add(event.stakeholderId());
  }

  @EventSourcingHandler
  void on(StakeholderInterestsChanged event) {
    stakeholders.put(event.stakeholderId(), Interests.of(event.newInterests()));
  }

  // ---------------------------------------------------------------- communications

  @CommandHandler
  void handle(SetCommunicationPlan command, Actor actor) {
    requireManager(actor);
    Set<Interest> interests = stakeholders.get(command.stakeholderId());
    require(
        interests != null,
        ErrorCode.NOT_FOUND,
        "No stakeholder with id " + command.stakeholderId());
    require(
        !forgotten.contains(command.stakeholderId()),
        ErrorCode.STAKEHOLDER_FORGOTTEN,
        "The stakeholder was forgotten: nothing more is sent to them");
    apply(
        new CommunicationPlanSet(
            projectId,
            command.stakeholderId(),
            command.channel(),
            command.address(),
            command.frequency(),
            interests,
            planChannels.get(command.stakeholderId()),
            planFrequencies.get(command.stakeholderId())));
  }

  @EventSourcingHandler
  void on(CommunicationPlanSet event) {
    planChannels.put(event.stakeholderId(), event.channel());
    planFrequencies.put(event.stakeholderId(), event.frequency());
  }

  /**
   * The ledger records what became of a notification. Only the ledger itself sends this, and it is
   * recorded on a closed project too: the notice of closure is itself communicated. A notification
   * is recorded once; a second outcome for the same id is refused.
   */
  @CommandHandler
  void handle(RecordNotificationOutcome command, Actor actor) {
    require(actor.isLedger(), ErrorCode.FORBIDDEN, "Only the ledger records notifications");
    require(
        stakeholders.containsKey(command.stakeholderId()),
        ErrorCode.NOT_FOUND,
        "No stakeholder with id " + command.stakeholderId());
    requireNew(
        !notifications.contains(command.notificationId()),
        "notification",
        command.notificationId());
    require(
        !command.attempts().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "A notification's outcome names at least one try");
    var last = command.attempts().get(command.attempts().size() - 1);
    if (command.delivered()) {
      apply(
          new StakeholderNotified(
              projectId,
              command.notificationId(),
              command.stakeholderId(),
              command.kind(),
              command.channel(),
              command.address(),
              command.sourceEventIds(),
              command.sourceEventType(),
              command.subject(),
              command.bodySha256(),
              last.at(),
              command.attempts()));
    } else {
      apply(
          new NotificationFailed(
              projectId,
              command.notificationId(),
              command.stakeholderId(),
              command.kind(),
              command.channel(),
              command.address(),
              command.sourceEventIds(),
              command.sourceEventType(),
              command.subject(),
              command.bodySha256(),
              last.at(),
              command.attempts()));
    }
  }

  @EventSourcingHandler
  void on(StakeholderNotified event) {
    notifications.add(event.notificationId());
  }

  @EventSourcingHandler
  void on(NotificationFailed event) {
    notifications.add(event.notificationId());
  }

  /**
   * The figures a weekly digest reports, on {@code statusDate}, by the one definition of earned
   * value the dashboard uses (each work package against the latest baseline; progress and costs
   * dated on or before that day): nothing is changed. Maintenance spend is not delivery cost and
   * stays out of AC.
   */
  public ProjectFigures figures(LocalDate statusDate) {
    EarnedValue.Exact exact = actuals.on(statusDate, plan, baseline);
    return new ProjectFigures(
        state,
        currency,
        EarnedValue.money(exact.bac()),
        EarnedValue.money(exact.ev()),
        EarnedValue.money(exact.ac()),
        EarnedValue.index(exact.cpi()),
        EarnedValue.money(exact.eac()));
  }

  // ---------------------------------------------------------------- maintenance

  @CommandHandler
  void handle(HandOverToOperations command, Actor actor) {
    requireSponsor(actor, "Only the project's sponsor hands the project over to operations");
    requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireText(command.note(), "note");
    require(
        state != ProjectState.IN_MAINTENANCE,
        ErrorCode.ALREADY_IN_MAINTENANCE,
        "The project was already handed over to operations");
    require(
        state == ProjectState.EXECUTING,
        ErrorCode.NOT_BASELINED,
        "Only a project in execution (baselined) is handed over");
    List<String> incomplete =
        plan.live()
            .filter(item -> !item.isMilestone() && item.percentComplete < 100)
            .map(item -> "\"" + item.name + "\" (" + item.percentComplete + "%)")
            .toList();
    require(
        incomplete.isEmpty(),
        ErrorCode.WORK_INCOMPLETE,
        incomplete.size() + " work package(s) are not complete: " + String.join(", ", incomplete));
    int workPackages = (int) plan.live().filter(item -> !item.isMilestone()).count();
    apply(
        new ProjectHandedOver(
            projectId,
            command.note(),
            command.signature(),
            workPackages,
            state,
            ProjectState.IN_MAINTENANCE));
  }

  @EventSourcingHandler
  void on(ProjectHandedOver event) {
    state = event.newState();
  }

  @CommandHandler
  void handle(RecordMaintenanceActivity command, Actor actor) {
    requireManager(actor);
    require(
        state == ProjectState.IN_MAINTENANCE,
        ErrorCode.NOT_IN_MAINTENANCE,
        "Maintenance is recorded only after the project was handed over to operations");
    requireNew(
        !maintenanceActivities.contains(command.activityId()),
        "maintenance activity",
        command.activityId());
    requireText(command.description(), "description");
    requireText(command.outcome(), "outcome");
    require(
        (command.budgetLineId() == null) == (command.cost() == null),
        ErrorCode.VALIDATION_FAILED,
        "budgetLineId and cost go together: a cost is booked against a MAINTENANCE line");
    if (command.cost() == null) {
      apply(
          new MaintenanceActivityRecorded(
              projectId,
              command.activityId(),
              command.kind(),
              command.performedOn(),
              command.description(),
              command.outcome(),
              null,
              null,
              null,
              null,
              null));
      return;
    }
    requireAmount(command.cost(), "cost", true, currency);
    BudgetLine line = plan.line(command.budgetLineId());
    require(
        line.category == BudgetCategory.MAINTENANCE,
        ErrorCode.VALIDATION_FAILED,
        "Maintenance is booked against a MAINTENANCE budget line, not a %s line"
            .formatted(line.category));
    BigDecimal before = line.actual;
    BigDecimal after = before.add(command.cost());
    apply(
        new MaintenanceActivityRecorded(
            projectId,
            command.activityId(),
            command.kind(),
            command.performedOn(),
            command.description(),
            command.outcome(),
            line.id,
            command.cost(),
            currency,
            before,
            after));
    if (after.compareTo(line.amount) > 0) {
      apply(
          new BudgetLineOverrun(
              projectId,
              line.id,
              command.activityId(),
              line.amount,
              before,
              after,
              after.subtract(line.amount)));
    }
  }

  @EventSourcingHandler
  void on(MaintenanceActivityRecorded event) {
    maintenanceActivities.add(event.activityId());
    if (event.budgetLineId() != null) {
      plan.lines.get(event.budgetLineId()).actual = event.lineActualAfter();
    }
  }

  // ---------------------------------------------------------------- lifecycle

  @CommandHandler
  void handle(CloseProject command, Actor actor) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO closes projects");
    requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireText(command.closureNote(), "closureNote");
    long open =
        changeRequests.values().stream()
            .filter(request -> request.status == ChangeRequest.Status.RAISED)
            .count();
    require(
        open == 0,
        ErrorCode.OPEN_CHANGE_REQUESTS,
        open + " change request(s) are still open: decide or withdraw them first");
    apply(new ProjectClosed(projectId, command.closureNote(), command.signature(), state));
  }

  @EventSourcingHandler
  void on(ProjectClosed event) {
    state = ProjectState.CLOSED;
  }

  // ---------------------------------------------------------------- shared rules

  private void requireOpen() {
    require(state != ProjectState.CLOSED, ErrorCode.PROJECT_CLOSED, "The project is closed");
  }

  /**
   * The project's manager (role and part), on an open project. Rights first: whoever may not act
   * learns nothing of the project's state.
   */
  private void requireManager(Actor actor) {
    require(
        actor.hasRole(Role.MANAGER) && actor.userName().equals(manager),
        ErrorCode.FORBIDDEN,
        "Only the project's manager (" + manager + ") does this");
    requireOpen();
  }

  /** The project's sponsor (role and part). */
  private void requireSponsor(Actor actor, String detail) {
    require(
        actor.hasRole(Role.SPONSOR) && actor.userName().equals(sponsor),
        ErrorCode.FORBIDDEN,
        detail);
  }

  private void requireNewId(UUID id) {
    requireNew(!plan.items.containsKey(id), "work package or milestone", id);
  }

  private void requireInsideProject(Item item) {
    require(
        !item.start.isBefore(plannedStart) && !item.finish.isAfter(plannedFinish),
        ErrorCode.INVALID_DATES,
        "%s (%s to %s) must lie within the project (%s to %s)"
            .formatted(item.label(), item.start, item.finish, plannedStart, plannedFinish));
  }

  /** After a baseline, every baselined finish stays within the schedule tolerance. */
  private void requireScheduleWithinTolerance(Plan trial) {
    if (baseline == null) {
      return;
    }
    for (var frozen : baseline.items.values()) {
      Item item = trial.items.get(frozen.itemId());
      if (item.cancelled) {
        continue;
      }
      long drift = Math.abs(ChronoUnit.DAYS.between(frozen.plannedFinish(), item.finish));
      require(
          drift <= tolerances.scheduleDays(),
          ErrorCode.TOLERANCE_EXCEEDED,
          "%s would finish %d days from its baseline (%s); the tolerance is %d days: raise a change request"
              .formatted(item.label(), drift, frozen.plannedFinish(), tolerances.scheduleDays()));
    }
  }

  /** After a baseline, the total planned cost stays within the cost tolerance of the baseline's. */
  private void requireCostWithinTolerance(Plan trial) {
    if (baseline == null) {
      return;
    }
    BigDecimal total = trial.totalPlannedCost();
    BigDecimal allowed =
        baseline.totalPlannedCost.multiply(tolerances.costPercent()).movePointLeft(2);
    require(
        total.subtract(baseline.totalPlannedCost).abs().compareTo(allowed) <= 0,
        ErrorCode.TOLERANCE_EXCEEDED,
        "Total planned cost would be %s against a baseline of %s; the tolerance is %s%%: raise a change request"
            .formatted(
                total.toPlainString(),
                baseline.totalPlannedCost.toPlainString(),
                tolerances.costPercent().toPlainString()));
  }
}

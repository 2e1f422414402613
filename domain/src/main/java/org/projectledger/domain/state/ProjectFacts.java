package org.projectledger.domain.state;

import static org.projectledger.domain.state.Policies.require;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Role;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.api.decisions.DecisionRecorded;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.WorkingDays;

/**
 * What a project's rules decide on: its charter, plan, latest baseline, dated actuals and raised
 * exceptions. It is a plain object that changes only by {@link #evolve}, which the aggregate's
 * event-sourcing handler calls with each event. A command's handler decides its events, and checks
 * the change by folding those same events over a {@link #copy()} ({@link #after}): no rule is
 * written twice, and a refused change leaves the real facts untouched.
 */
public final class ProjectFacts {

  UUID projectId;
  String name;
  String sponsor;
  String manager;
  String currency;
  LocalDate plannedStart;
  LocalDate plannedFinish;
  Tolerances tolerances;
  ProjectState state;
  Plan plan = new Plan();
  Baseline baseline;
  Actuals actuals = new Actuals();
  boolean costToleranceBreached;
  boolean scheduleToleranceBreached;
  Set<UUID> decisions = new HashSet<>();
  Set<UUID> statusReports = new HashSet<>();
  Set<UUID> maintenanceActivities = new HashSet<>();
  Execution execution = new Execution();

  public ProjectFacts copy() {
    ProjectFacts copy = new ProjectFacts();
    copy.projectId = projectId;
    copy.name = name;
    copy.sponsor = sponsor;
    copy.manager = manager;
    copy.currency = currency;
    copy.plannedStart = plannedStart;
    copy.plannedFinish = plannedFinish;
    copy.tolerances = tolerances;
    copy.state = state;
    copy.plan = plan.copy();
    copy.baseline = baseline;
    copy.actuals = actuals.copy();
    copy.costToleranceBreached = costToleranceBreached;
    copy.scheduleToleranceBreached = scheduleToleranceBreached;
    copy.decisions = new HashSet<>(decisions);
    copy.statusReports = new HashSet<>(statusReports);
    copy.maintenanceActivities = new HashSet<>(maintenanceActivities);
    copy.execution = execution.copy();
    return copy;
  }

  /** A trial: these facts with {@code events} folded over a copy, to check a change on. */
  public ProjectFacts after(List<?> events) {
    ProjectFacts trial = copy();
    events.forEach(event -> trial.evolve(event, null));
    return trial;
  }

  /**
   * Folds one event in: the only way the facts change. {@code eventId} is the event's own id (null
   * on a trial); events that touch nothing here pass by.
   */
  public void evolve(Object event, UUID eventId) {
    if (event instanceof ProjectChartered e) {
      projectId = e.projectId();
      name = e.name();
      sponsor = e.sponsor();
      manager = e.manager();
      currency = e.currency();
      plannedStart = e.plannedStart();
      plannedFinish = e.plannedFinish();
      tolerances = e.tolerances();
      state = ProjectState.CHARTERED;
    } else if (event instanceof CharterAmended e) {
      name = e.newName();
      plannedStart = e.newPlannedStart();
      plannedFinish = e.newPlannedFinish();
      tolerances = e.newTolerances();
    } else if (event instanceof ProjectRoleReassigned e) {
      if (e.role() == ProjectRole.MANAGER) {
        manager = e.to();
      } else {
        sponsor = e.to();
      }
    } else if (event instanceof BaselineSet e) {
      baseline = new Baseline(e.baselineNumber(), e.items(), e.totalPlannedCost());
      state = e.newState();
      costToleranceBreached = false;
      scheduleToleranceBreached = false;
    } else if (event instanceof BaselineRevised e) {
      baseline = new Baseline(e.baselineNumber(), e.items(), e.totalPlannedCost());
      costToleranceBreached = false;
      scheduleToleranceBreached = false;
    } else if (event instanceof ToleranceBreached e) {
      raised(e.kind(), true);
    } else if (event instanceof ToleranceRestored e) {
      raised(e.kind(), false);
    } else if (event instanceof DecisionRecorded e) {
      decisions.add(e.decisionId());
    } else if (event instanceof StatusReportPublished e) {
      statusReports.add(e.reportId());
    } else if (event instanceof ProjectHandedOver e) {
      state = e.newState();
    } else if (event instanceof MaintenanceActivityRecorded e) {
      maintenanceActivities.add(e.activityId());
    } else if (event instanceof ProjectClosed) {
      state = ProjectState.CLOSED;
    }
    execution.evolve(event, plan);
    plan.evolve(event);
    actuals.evolve(event, eventId);
  }

  private void raised(ToleranceKind kind, boolean raised) {
    if (kind == ToleranceKind.SCHEDULE) {
      scheduleToleranceBreached = raised;
    } else {
      costToleranceBreached = raised;
    }
  }

  /** Earned value on {@code statusDate} by the one definition (the dashboard's). */
  public EarnedValue.Exact earnedValueOn(LocalDate statusDate) {
    return actuals.on(statusDate, plan, baseline, workingDays());
  }

  /**
   * The figures a weekly digest reports, on {@code statusDate}, by the one definition of earned
   * value the dashboard uses (each work package against the latest baseline; progress and costs
   * dated on or before that day): nothing is changed. Maintenance spend is not delivery cost and
   * stays out of AC.
   */
  public ProjectFigures figures(LocalDate statusDate) {
    EarnedValue.Exact exact = earnedValueOn(statusDate);
    return new ProjectFigures(
        state,
        currency,
        EarnedValue.money(exact.bac(), currency),
        EarnedValue.money(exact.ev(), currency),
        EarnedValue.money(exact.ac(), currency),
        EarnedValue.index(exact.cpi()),
        EarnedValue.money(exact.eac(), currency));
  }

  /** The project's working calendar (every day for one chartered before calendars existed). */
  public ProjectCalendar calendar() {
    return plan.calendar();
  }

  /** Day arithmetic in the project's working days. */
  public WorkingDays workingDays() {
    return plan.days();
  }

  // ---------------------------------------------------------------- parts

  public void requireOpen() {
    require(state != ProjectState.CLOSED, ErrorCode.PROJECT_CLOSED, "The project is closed");
  }

  /**
   * The project's manager (role and part), on an open project. Rights first: whoever may not act
   * learns nothing of the project's state.
   */
  public void requireManager(Actor actor) {
    require(
        isManager(actor),
        ErrorCode.FORBIDDEN,
        "Only the project's manager (" + manager + ") does this");
    requireOpen();
  }

  public boolean isManager(Actor actor) {
    return actor.hasRole(Role.MANAGER) && actor.userName().equals(manager);
  }

  /**
   * Someone on the project: the PMO, its manager, its sponsor, or the owner of one of its work
   * packages. They raise issues and log lessons.
   */
  public void requireOnTheProject(Actor actor, String detail) {
    require(
        actor.hasRole(Role.PMO)
            || isManager(actor)
            || (actor.hasRole(Role.SPONSOR) && actor.userName().equals(sponsor))
            || execution.owners.containsValue(actor.userName()),
        ErrorCode.FORBIDDEN,
        detail);
  }

  /**
   * The project's manager, or the owner of this work package (by user name), on an open project.
   */
  public void requireManagerOrOwner(Actor actor, UUID workPackageId, String detail) {
    require(
        isManager(actor) || actor.userName().equals(execution.ownerOf(workPackageId)),
        ErrorCode.FORBIDDEN,
        detail);
    requireOpen();
  }

  /** The project's sponsor (role and part). */
  public void requireSponsor(Actor actor, String detail) {
    require(
        actor.hasRole(Role.SPONSOR) && actor.userName().equals(sponsor),
        ErrorCode.FORBIDDEN,
        detail);
  }

  /** Dates inside the project's own, as chartered or amended. */
  public void requireInsideProject(Item item) {
    require(
        !item.start.isBefore(plannedStart) && !item.finish.isAfter(plannedFinish),
        ErrorCode.INVALID_DATES,
        "%s (%s to %s) must lie within the project (%s to %s)"
            .formatted(item.label(), item.start, item.finish, plannedStart, plannedFinish));
  }

  // ---------------------------------------------------------------- reading

  public UUID projectId() {
    return projectId;
  }

  public String name() {
    return name;
  }

  public String sponsor() {
    return sponsor;
  }

  public String manager() {
    return manager;
  }

  public String currency() {
    return currency;
  }

  public LocalDate plannedStart() {
    return plannedStart;
  }

  public LocalDate plannedFinish() {
    return plannedFinish;
  }

  public Tolerances tolerances() {
    return tolerances;
  }

  public ProjectState state() {
    return state;
  }

  public Plan plan() {
    return plan;
  }

  /** The latest baseline, or null before the first. */
  public Baseline baseline() {
    return baseline;
  }

  public Actuals actuals() {
    return actuals;
  }

  public boolean costToleranceBreached() {
    return costToleranceBreached;
  }

  public boolean scheduleToleranceBreached() {
    return scheduleToleranceBreached;
  }

  public boolean hasDecision(UUID id) {
    return decisions.contains(id);
  }

  public boolean hasStatusReport(UUID id) {
    return statusReports.contains(id);
  }

  public boolean hasMaintenanceActivity(UUID id) {
    return maintenanceActivities.contains(id);
  }

  /** Owners, lessons and the contingency reserve. */
  public Execution execution() {
    return execution;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectFacts other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(name, other.name)
        && Objects.equals(sponsor, other.sponsor)
        && Objects.equals(manager, other.manager)
        && Objects.equals(currency, other.currency)
        && Objects.equals(plannedStart, other.plannedStart)
        && Objects.equals(plannedFinish, other.plannedFinish)
        && Objects.equals(tolerances, other.tolerances)
        && state == other.state
        && Objects.equals(plan, other.plan)
        && Objects.equals(baseline, other.baseline)
        && Objects.equals(actuals, other.actuals)
        && costToleranceBreached == other.costToleranceBreached
        && scheduleToleranceBreached == other.scheduleToleranceBreached
        && Objects.equals(decisions, other.decisions)
        && Objects.equals(statusReports, other.statusReports)
        && Objects.equals(maintenanceActivities, other.maintenanceActivities)
        && Objects.equals(execution, other.execution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, plan, baseline, actuals, state);
  }
}

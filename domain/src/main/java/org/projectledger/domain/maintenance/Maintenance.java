package org.projectledger.domain.maintenance;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireOwnSignature;
import static org.projectledger.domain.state.Policies.requireText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.maintenance.RecordMaintenanceActivity;
import org.projectledger.domain.budget.Budget;
import org.projectledger.domain.quality.Deliverable;
import org.projectledger.domain.quality.Quality;
import org.projectledger.domain.state.BudgetLine;
import org.projectledger.domain.state.ProjectFacts;

/** Hand-over to operations, and the maintenance booked after it. */
public final class Maintenance {

  private Maintenance() {}

  /**
   * The sponsor hands over, signed, once every work package still planned is complete and every
   * deliverable accepted or its acceptance waived.
   */
  public static ProjectHandedOver handOver(
      HandOverToOperations command,
      Actor actor,
      ProjectFacts facts,
      Map<UUID, Deliverable> deliverables) {
    facts.requireSponsor(actor, "Only the project's sponsor hands the project over to operations");
    facts.requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireText(command.note(), "note");
    require(
        facts.state() != ProjectState.IN_MAINTENANCE,
        ErrorCode.ALREADY_IN_MAINTENANCE,
        "The project was already handed over to operations");
    require(
        facts.state() == ProjectState.EXECUTING,
        ErrorCode.NOT_BASELINED,
        "Only a project in execution (baselined) is handed over");
    List<String> incomplete =
        facts
            .plan()
            .live()
            .filter(item -> !item.isMilestone() && item.percentComplete() < 100)
            .map(item -> "\"" + item.name() + "\" (" + item.percentComplete() + "%)")
            .toList();
    require(
        incomplete.isEmpty(),
        ErrorCode.WORK_INCOMPLETE,
        incomplete.size() + " work package(s) are not complete: " + String.join(", ", incomplete));
    Quality.requireSettled(facts, deliverables);
    int workPackages = (int) facts.plan().live().filter(item -> !item.isMilestone()).count();
    return new ProjectHandedOver(
        facts.projectId(),
        command.note(),
        command.signature(),
        workPackages,
        facts.state(),
        ProjectState.IN_MAINTENANCE);
  }

  /**
   * An activity after hand-over; its cost, if any, is booked against a MAINTENANCE line (and stays
   * out of AC: maintenance is not delivery cost).
   */
  public static List<Object> record(
      RecordMaintenanceActivity command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    require(
        facts.state() == ProjectState.IN_MAINTENANCE,
        ErrorCode.NOT_IN_MAINTENANCE,
        "Maintenance is recorded only after the project was handed over to operations");
    requireNew(
        !facts.hasMaintenanceActivity(command.activityId()),
        "maintenance activity",
        command.activityId());
    requireText(command.description(), "description");
    requireText(command.outcome(), "outcome");
    require(
        (command.budgetLineId() == null) == (command.cost() == null),
        ErrorCode.VALIDATION_FAILED,
        "budgetLineId and cost go together: a cost is booked against a MAINTENANCE line");
    BudgetLine line = command.cost() == null ? null : bookable(command, facts);
    BigDecimal after = line == null ? null : line.actual().add(command.cost());
    List<Object> events = new ArrayList<>();
    events.add(
        new MaintenanceActivityRecorded(
            facts.projectId(),
            command.activityId(),
            command.kind(),
            command.performedOn(),
            command.description(),
            command.outcome(),
            line == null ? null : line.id(),
            command.cost(),
            line == null ? null : facts.currency(),
            line == null ? null : line.actual(),
            after));
    if (line != null) {
      Budget.overrun(facts, line, command.activityId(), after).ifPresent(events::add);
    }
    return events;
  }

  /** The MAINTENANCE line a cost is booked against, and a cost it takes. */
  private static BudgetLine bookable(RecordMaintenanceActivity command, ProjectFacts facts) {
    requireAmount(command.cost(), "cost", true, facts.currency());
    BudgetLine line = facts.plan().line(command.budgetLineId());
    require(
        line.category() == BudgetCategory.MAINTENANCE,
        ErrorCode.VALIDATION_FAILED,
        "Maintenance is booked against a MAINTENANCE budget line, not a %s line"
            .formatted(line.category()));
    return line;
  }
}

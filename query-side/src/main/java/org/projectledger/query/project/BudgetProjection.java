package org.projectledger.query.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.NewRows;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * Each project's budget lines, costs (and their reversals) and maintenance activities, in {@code
 * project_budget_line}, {@code project_cost} and {@code project_maintenance_activity}. Every event
 * carries absolute values or an id of its own, and every write here sets those values or inserts
 * only what is not there yet: an event delivered twice changes nothing. One of the {@code projects}
 * group's projections, each keeping its own tables (its writes batched by {@code
 * ProjectionWritesEnhancer}).
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class BudgetProjection {

  private static final String[] TABLES = {
    "project_budget_line", "project_cost", "project_maintenance_activity"
  };

  private final ProjectionWrites writes;

  /** A cost booked: one row, kept once (a rebuild sends a batch's costs as one {@code COPY}). */
  private static final NewRows.Shape COST =
      NewRows.Shape.keyedBy(
          "project_cost",
          List.of(
              "project_id",
              "cost_id",
              "sequence",
              "budget_line_id",
              "work_package_id",
              "amount",
              "incurred_on",
              "reference"),
          "project_id",
          "cost_id");

  BudgetProjection(ProjectionWrites writes) {
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    writes.clear(TABLES);
  }

  @EventHandler
  void on(BudgetLineOpened event, @SequenceNumber long sequence) {
    writes.update(
        """
        INSERT INTO project_budget_line (project_id, budget_line_id, category, amount, position)
        SELECT ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_budget_line WHERE project_id = ? AND budget_line_id = ?)
        """,
        event.projectId(),
        event.budgetLineId(),
        event.category().name(),
        event.amount(),
        (int) sequence,
        event.projectId(),
        event.budgetLineId());
  }

  @EventHandler
  void on(BudgetReallocated event) {
    setLineAmount(event.projectId(), event.fromBudgetLineId(), event.fromNewAmount());
    setLineAmount(event.projectId(), event.toBudgetLineId(), event.toNewAmount());
  }

  @EventHandler
  void on(BudgetIncreased event) {
    setLineAmount(event.projectId(), event.budgetLineId(), event.newAmount());
  }

  private void setLineAmount(UUID projectId, UUID lineId, java.math.BigDecimal amount) {
    writes.update(
        "UPDATE project_budget_line SET amount = ? WHERE project_id = ? AND budget_line_id = ?",
        amount,
        projectId,
        lineId);
  }

  @EventHandler
  void on(
      MaintenanceActivityRecorded event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
    writes.update(
        """
        INSERT INTO project_maintenance_activity (project_id, activity_id, sequence, kind,
            performed_on, description, outcome, budget_line_id, cost, recorded_at, actor)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS
            (SELECT 1 FROM project_maintenance_activity WHERE project_id = ? AND activity_id = ?)
        """,
        event.projectId(),
        event.activityId(),
        sequence,
        event.kind().name(),
        event.performedOn(),
        event.description(),
        event.outcome(),
        event.budgetLineId(),
        event.cost(),
        recordedAt.atOffset(java.time.ZoneOffset.UTC),
        actor,
        event.projectId(),
        event.activityId());
  }

  @EventHandler
  void on(CostRecorded event, @SequenceNumber long sequence) {
    writes.insertOnce(
        COST,
        event.projectId(),
        event.costId(),
        sequence,
        event.budgetLineId(),
        event.workPackageId(),
        event.amount(),
        event.incurredOn(),
        event.reference());
  }

  @EventHandler
  void on(CostReversed event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
    writes.update(
        "UPDATE project_cost SET reversed_by = ?, reversed_sequence = ? WHERE project_id = ? AND cost_id = ?",
        UUID.fromString(eventId),
        sequence,
        event.projectId(),
        event.costId());
  }
}

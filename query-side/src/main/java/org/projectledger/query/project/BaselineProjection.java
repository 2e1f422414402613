package org.projectledger.query.project;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.projectledger.api.baselines.BaselineItem;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.NewRows;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * Each baseline a project's sponsor set or a change request revised, with what it froze: {@code
 * project_baseline}, {@code project_baseline_item} and {@code project_baseline_line}. Every event
 * carries absolute values or an id of its own, and every write here sets those values or inserts
 * only what is not there yet: an event delivered twice changes nothing. One of the {@code projects}
 * group's projections, each keeping its own tables (its writes batched by {@code
 * ProjectionWritesEnhancer}).
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class BaselineProjection {

  private static final String[] TABLES = {
    "project_baseline", "project_baseline_item", "project_baseline_line"
  };

  /** An item of a baseline: one row, kept once (see {@link NewRows}). */
  private static final NewRows.Shape ITEM =
      NewRows.Shape.keyedBy(
          "project_baseline_item",
          List.of(
              "project_id",
              "baseline_number",
              "item_id",
              "kind",
              "name",
              "planned_start",
              "planned_finish",
              "planned_cost"),
          "project_id",
          "baseline_number",
          "item_id");

  private final ProjectionWrites writes;

  BaselineProjection(ProjectionWrites writes) {
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    writes.clear(TABLES);
  }

  @EventHandler
  void on(BaselineSet event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    insertBaseline(
        event.projectId(),
        event.baselineNumber(),
        event.items(),
        event.totalPlannedCost(),
        null,
        sequence,
        recordedAt);
  }

  @EventHandler
  void on(BaselineRevised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    insertBaseline(
        event.projectId(),
        event.baselineNumber(),
        event.items(),
        event.totalPlannedCost(),
        event.changeRequestId(),
        sequence,
        recordedAt);
  }

  private void insertBaseline(
      UUID projectId,
      int number,
      java.util.List<BaselineItem> items,
      java.math.BigDecimal total,
      UUID changeRequestId,
      long sequence,
      Instant recordedAt) {
    // Each write is guarded by what it inserts, so that all of them go with the batch: a baseline
    // delivered twice finds its row, its lines and its items there and adds nothing. The lines are
    // the budget as it stands at this event (the statement reads project_budget_line, so the
    // batch sends that table's earlier writes first; see ProjectionWrites).
    writes.update(
        """
        INSERT INTO project_baseline (project_id, baseline_number, sequence, total_planned_cost,
            change_request_id, recorded_at)
        SELECT ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_baseline WHERE project_id = ? AND baseline_number = ?)
        """,
        projectId,
        number,
        sequence,
        total,
        changeRequestId,
        recordedAt.atOffset(ZoneOffset.UTC),
        projectId,
        number);
    writes.update(
        """
        INSERT INTO project_baseline_line (project_id, baseline_number, budget_line_id, amount)
        SELECT b.project_id, ?, b.budget_line_id, b.amount FROM project_budget_line b
        WHERE b.project_id = ? AND NOT EXISTS
            (SELECT 1 FROM project_baseline_line l WHERE l.project_id = ? AND l.baseline_number = ?)
        """,
        number,
        projectId,
        projectId,
        number);
    for (BaselineItem item : items) {
      writes.insertOnce(
          ITEM,
          projectId,
          number,
          item.itemId(),
          item.kind().name(),
          item.name(),
          item.plannedStart(),
          item.plannedFinish(),
          item.plannedCost());
    }
  }
}

package org.projectledger.query.project;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.imports.FileBaselineRecorded;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ItemRenamed;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.SummaryPlanned;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.KeyedUpdates;
import org.projectledger.query.consistency.NewRows;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * The plan of each project in {@code project_item}, {@code project_summary}, {@code
 * project_file_baseline} and {@code project_progress}: work packages, milestones and WBS summaries
 * with their dates, costs, links and progress, and a plan file's own baseline. Every event carries
 * absolute values or an id of its own, and every write here sets those values or inserts only what
 * is not there yet: an event delivered twice changes nothing. One of the {@code projects} group's
 * projections, each keeping its own tables (its writes batched by {@code
 * ProjectionWritesEnhancer}).
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class PlanProjection {

  private static final String[] TABLES = {
    "project_item", "project_summary", "project_file_baseline", "project_progress"
  };

  private static final List<KeyedUpdates.Column> ITEM_KEY =
      List.of(
          new KeyedUpdates.Column("project_id", "uuid"),
          new KeyedUpdates.Column("item_id", "uuid"));

  /** A work package or milestone planned: one row, kept once (see {@link NewRows}). */
  private static final NewRows.Shape ITEM =
      NewRows.Shape.keyedBy(
          "project_item",
          List.of(
              "project_id",
              "item_id",
              "kind",
              "name",
              "planned_start",
              "planned_finish",
              "planned_cost",
              "depends_on",
              "percent_complete",
              "position",
              "source_id",
              "parent_id"),
          "project_id",
          "item_id");

  /** A progress report: one row, kept once. */
  private static final NewRows.Shape PROGRESS =
      NewRows.Shape.keyedBy(
          "project_progress",
          List.of(
              "project_id",
              "sequence",
              "work_package_id",
              "status_date",
              "percent_complete",
              "actual_start",
              "actual_finish"),
          "project_id",
          "sequence");

  /** An item's dates, set anew. */
  private static final KeyedUpdates RESCHEDULED =
      new KeyedUpdates(
          "project_item",
          List.of(
              new KeyedUpdates.Column("planned_start", "date"),
              new KeyedUpdates.Column("planned_finish", "date")),
          ITEM_KEY,
          null);

  /** A work package's progress, as last reported. */
  private static final KeyedUpdates PERCENT_COMPLETE =
      new KeyedUpdates(
          "project_item",
          List.of(new KeyedUpdates.Column("percent_complete", "integer")),
          ITEM_KEY,
          null);

  private final ProjectionWrites writes;

  PlanProjection(ProjectionWrites writes) {
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    writes.clear(TABLES);
  }

  @EventHandler
  void on(WorkPackagePlanned event, @SequenceNumber long sequence) {
    insertItem(
        event.projectId(),
        event.workPackageId(),
        ItemKind.WORK_PACKAGE,
        event.name(),
        event.plannedStart(),
        event.plannedFinish(),
        event.plannedCost(),
        event.allLinks(),
        event.sourceId(),
        event.parentId(),
        sequence);
  }

  @EventHandler
  void on(FileBaselineRecorded event) {
    for (FileBaseline item : event.items()) {
      writes.update(
          "DELETE FROM project_file_baseline WHERE project_id = ? AND item_id = ?",
          event.projectId(),
          item.itemId());
      writes.update(
          """
          INSERT INTO project_file_baseline (project_id, item_id, start_date, finish_date, cost,
              file_name)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
          event.projectId(),
          item.itemId(),
          item.start(),
          item.finish(),
          item.cost(),
          event.fileName());
    }
  }

  @EventHandler
  void on(SummaryPlanned event, @SequenceNumber long sequence) {
    writes.update(
        """
        INSERT INTO project_summary (project_id, summary_id, name, parent_id, position, source_id)
        SELECT ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_summary WHERE project_id = ? AND summary_id = ?)
        """,
        event.projectId(),
        event.summaryId(),
        event.name(),
        event.parentId(),
        (int) sequence,
        event.sourceId(),
        event.projectId(),
        event.summaryId());
  }

  @EventHandler
  void on(MilestonePlanned event, @SequenceNumber long sequence) {
    insertItem(
        event.projectId(),
        event.milestoneId(),
        ItemKind.MILESTONE,
        event.name(),
        event.dueDate(),
        event.dueDate(),
        java.math.BigDecimal.ZERO,
        event.allLinks(),
        event.sourceId(),
        event.parentId(),
        sequence);
  }

  private void insertItem(
      UUID projectId,
      UUID itemId,
      ItemKind kind,
      String name,
      java.time.LocalDate start,
      java.time.LocalDate finish,
      java.math.BigDecimal cost,
      java.util.List<org.projectledger.api.schedule.Link> links,
      String sourceId,
      UUID parentId,
      long sequence) {
    writes.insertOnce(
        ITEM,
        projectId,
        itemId,
        kind.name(),
        name,
        start,
        finish,
        cost,
        StoredLinks.format(links),
        0,
        (int) sequence,
        sourceId,
        parentId);
  }

  @EventHandler
  void on(WorkPackageRescheduled event) {
    writes.update(
        RESCHEDULED, event.newStart(), event.newFinish(), event.projectId(), event.workPackageId());
  }

  @EventHandler
  void on(MilestoneRescheduled event) {
    writes.update(
        RESCHEDULED,
        event.newDueDate(),
        event.newDueDate(),
        event.projectId(),
        event.milestoneId());
  }

  @EventHandler
  void on(ItemRenamed event) {
    writes.update(
        "UPDATE project_item SET name = ? WHERE project_id = ? AND item_id = ?",
        event.newName(),
        event.projectId(),
        event.itemId());
    writes.update(
        "UPDATE project_summary SET name = ? WHERE project_id = ? AND summary_id = ?",
        event.newName(),
        event.projectId(),
        event.itemId());
  }

  @EventHandler
  void on(PlannedCostChanged event) {
    writes.update(
        "UPDATE project_item SET planned_cost = ? WHERE project_id = ? AND item_id = ?",
        event.newPlannedCost(),
        event.projectId(),
        event.workPackageId());
  }

  @EventHandler
  void on(ProgressReported event, @SequenceNumber long sequence) {
    writes.insertOnce(
        PROGRESS,
        event.projectId(),
        sequence,
        event.workPackageId(),
        event.statusDate(),
        event.newPercentComplete(),
        event.actualStart(),
        event.actualFinish());
    writes.update(
        PERCENT_COMPLETE, event.newPercentComplete(), event.projectId(), event.workPackageId());
  }

  @EventHandler
  void on(DependenciesChanged event) {
    writes.update(
        "UPDATE project_item SET depends_on = ? WHERE project_id = ? AND item_id = ?",
        StoredLinks.format(event.allNewLinks()),
        event.projectId(),
        event.itemId());
  }

  @EventHandler
  void on(WorkPackageCancelled event) {
    cancel(event.projectId(), event.workPackageId());
  }

  @EventHandler
  void on(MilestoneCancelled event) {
    cancel(event.projectId(), event.milestoneId());
  }

  private void cancel(UUID projectId, UUID itemId) {
    writes.update(
        "UPDATE project_item SET cancelled = TRUE WHERE project_id = ? AND item_id = ?",
        projectId,
        itemId);
  }
}

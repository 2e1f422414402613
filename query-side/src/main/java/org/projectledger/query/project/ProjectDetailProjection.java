package org.projectledger.query.project;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.projectledger.api.MetaDataKeys;
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
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.imports.FileBaselineRecorded;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.risks.RiskResponsePlanned;
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
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the plan, budget and governance of each project in the {@code project_*} tables. Every
 * event carries absolute values (new dates, new amounts) or an id of its own, and every write here
 * sets those values or inserts only what is not there yet: an event delivered twice changes
 * nothing.
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class ProjectDetailProjection {

  private static final String[] TABLES = {
    "project_item",
    "project_summary",
    "project_file_baseline",
    "project_progress",
    "project_cost",
    "project_budget_line",
    "project_baseline",
    "project_baseline_item",
    "project_baseline_line",
    "project_change_request",
    "project_risk",
    "project_status_report",
    "project_stakeholder",
    "project_tolerance_breach",
    "project_maintenance_activity"
  };

  private final JdbcTemplate jdbc;
  private final ProjectionWrites writes;

  ProjectDetailProjection(JdbcTemplate jdbc, ProjectionWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** Batched, or careful after a failure (see {@link ProjectionWrites}). */
  @MessageHandlerInterceptor
  Object written(InterceptorChain chain) throws Exception {
    return writes.handle(ProjectViews.PROCESSING_GROUP, chain);
  }

  @ResetHandler
  void reset() {
    for (String table : TABLES) {
      jdbc.update("DELETE FROM " + table);
    }
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
    writes.update(
        """
        INSERT INTO project_item (project_id, item_id, kind, name, planned_start, planned_finish,
            planned_cost, depends_on, percent_complete, position, source_id, parent_id)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_item WHERE project_id = ? AND item_id = ?)
        """,
        projectId,
        itemId,
        kind.name(),
        name,
        start,
        finish,
        cost,
        StoredLinks.format(links),
        (int) sequence,
        sourceId,
        parentId,
        projectId,
        itemId);
  }

  @EventHandler
  void on(WorkPackageRescheduled event) {
    writes.update(
        "UPDATE project_item SET planned_start = ?, planned_finish = ? WHERE project_id = ? AND item_id = ?",
        event.newStart(),
        event.newFinish(),
        event.projectId(),
        event.workPackageId());
  }

  @EventHandler
  void on(MilestoneRescheduled event) {
    writes.update(
        "UPDATE project_item SET planned_start = ?, planned_finish = ? WHERE project_id = ? AND item_id = ?",
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
    writes.update(
        """
        INSERT INTO project_progress (project_id, sequence, work_package_id, status_date,
            percent_complete, actual_start, actual_finish)
        SELECT ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_progress WHERE project_id = ? AND sequence = ?)
        """,
        event.projectId(),
        sequence,
        event.workPackageId(),
        event.statusDate(),
        event.newPercentComplete(),
        event.actualStart(),
        event.actualFinish(),
        event.projectId(),
        sequence);
    writes.update(
        "UPDATE project_item SET percent_complete = ? WHERE project_id = ? AND item_id = ?",
        event.newPercentComplete(),
        event.projectId(),
        event.workPackageId());
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
    writes.update(
        """
        INSERT INTO project_cost (project_id, cost_id, sequence, budget_line_id, work_package_id,
            amount, incurred_on, reference)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_cost WHERE project_id = ? AND cost_id = ?)
        """,
        event.projectId(),
        event.costId(),
        sequence,
        event.budgetLineId(),
        event.workPackageId(),
        event.amount(),
        event.incurredOn(),
        event.reference(),
        event.projectId(),
        event.costId());
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

  @EventHandler
  void on(CostReversed event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
    writes.update(
        "UPDATE project_cost SET reversed_by = ?, reversed_sequence = ? WHERE project_id = ? AND cost_id = ?",
        UUID.fromString(eventId),
        sequence,
        event.projectId(),
        event.costId());
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
    // Whether the baseline is new decides the rest: the kept statements go first.
    writes.flush();
    int inserted =
        jdbc.update(
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
    if (inserted == 0) {
      return;
    }
    writes.update(
        """
        INSERT INTO project_baseline_line (project_id, baseline_number, budget_line_id, amount)
        SELECT project_id, ?, budget_line_id, amount FROM project_budget_line WHERE project_id = ?
        """,
        number,
        projectId);
    for (BaselineItem item : items) {
      writes.update(
          """
          INSERT INTO project_baseline_item (project_id, baseline_number, item_id, kind, name,
              planned_start, planned_finish, planned_cost)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
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

  @EventHandler
  void on(ChangeRequestRaised event, @Timestamp Instant recordedAt) {
    writes.update(
        """
        INSERT INTO project_change_request (project_id, change_request_id, title, status,
            requested_by, raised_at)
        SELECT ?, ?, ?, 'RAISED', ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_change_request WHERE project_id = ? AND change_request_id = ?)
        """,
        event.projectId(),
        event.changeRequestId(),
        event.title(),
        event.requestedBy(),
        recordedAt.atOffset(ZoneOffset.UTC),
        event.projectId(),
        event.changeRequestId());
  }

  @EventHandler
  void on(ChangeRequestApproved event, @Timestamp Instant recordedAt) {
    decide(
        event.projectId(),
        event.changeRequestId(),
        "APPROVED",
        event.signature().signer(),
        recordedAt);
  }

  @EventHandler
  void on(ChangeRequestRejected event, @Timestamp Instant recordedAt) {
    decide(
        event.projectId(),
        event.changeRequestId(),
        "REJECTED",
        event.signature().signer(),
        recordedAt);
  }

  @EventHandler
  void on(
      ChangeRequestWithdrawn event,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
    decide(event.projectId(), event.changeRequestId(), "WITHDRAWN", actor, recordedAt);
  }

  private void decide(UUID projectId, UUID changeRequestId, String status, String by, Instant at) {
    writes.update(
        "UPDATE project_change_request SET status = ?, decided_by = ?, decided_at = ?"
            + " WHERE project_id = ? AND change_request_id = ?",
        status,
        by,
        at.atOffset(ZoneOffset.UTC),
        projectId,
        changeRequestId);
  }

  @EventHandler
  void on(RiskLogged event) {
    writes.update(
        """
        INSERT INTO project_risk (project_id, risk_id, title, probability, impact, owner, mitigation, open,
            kind)
        SELECT ?, ?, ?, ?, ?, ?, ?, TRUE, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_risk WHERE project_id = ? AND risk_id = ?)
        """,
        event.projectId(),
        event.riskId(),
        event.title(),
        event.probability(),
        event.impact(),
        event.owner(),
        event.mitigation(),
        event.kind().name(),
        event.projectId(),
        event.riskId());
  }

  @EventHandler
  void on(RiskResponsePlanned event) {
    writes.update(
        """
        UPDATE project_risk SET strategy = ?, response_owner = ?, proximity = ?, cost_impact = ?
        WHERE project_id = ? AND risk_id = ?
        """,
        event.strategy().name(),
        event.owner(),
        event.proximity(),
        event.costImpact(),
        event.projectId(),
        event.riskId());
  }

  @EventHandler
  void on(RiskReassessed event) {
    writes.update(
        "UPDATE project_risk SET probability = ?, impact = ? WHERE project_id = ? AND risk_id = ?",
        event.newProbability(),
        event.newImpact(),
        event.projectId(),
        event.riskId());
  }

  @EventHandler
  void on(RiskClosed event) {
    writes.update(
        "UPDATE project_risk SET open = FALSE WHERE project_id = ? AND risk_id = ?",
        event.projectId(),
        event.riskId());
  }

  @EventHandler
  void on(
      StatusReportPublished event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
    writes.update(
        """
        INSERT INTO project_status_report (project_id, report_id, sequence, rag, summary,
            status_date, published_at, published_by)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_status_report WHERE project_id = ? AND report_id = ?)
        """,
        event.projectId(),
        event.reportId(),
        sequence,
        event.rag().name(),
        event.summary(),
        event.statusDate(),
        recordedAt.atOffset(ZoneOffset.UTC),
        actor,
        event.projectId(),
        event.reportId());
  }

  @EventHandler
  void on(StakeholderRegistered event) {
    writes.update(
        """
        INSERT INTO project_stakeholder (project_id, stakeholder_id, key_id, nonce, ciphertext,
            role, interests)
        SELECT ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_stakeholder WHERE project_id = ? AND stakeholder_id = ?)
        """,
        event.projectId(),
        event.stakeholderId(),
        event.personalData().keyId(),
        event.personalData().nonce(),
        event.personalData().ciphertext(),
        event.role(),
        interests(event.interests()),
        event.projectId(),
        event.stakeholderId());
  }

  @EventHandler
  void on(StakeholderInterestsChanged event) {
    writes.update(
        "UPDATE project_stakeholder SET interests = ? WHERE project_id = ? AND stakeholder_id = ?",
        interests(event.newInterests()),
        event.projectId(),
        event.stakeholderId());
  }

  private static String interests(java.util.Set<?> interests) {
    return interests.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
  }

  @EventHandler
  void on(ToleranceBreached event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
    writes.update(
        """
        INSERT INTO project_tolerance_breach (project_id, sequence, kind, estimate, limit_amount,
            forecast_finish, baseline_finish, recorded_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_tolerance_breach WHERE project_id = ? AND sequence = ?)
        """,
        event.projectId(),
        sequence,
        event.kind().name(),
        event.estimateAtCompletion(),
        event.limit(),
        event.forecastFinish(),
        event.baselineFinish(),
        recordedAt.atOffset(ZoneOffset.UTC),
        event.projectId(),
        sequence);
  }
}

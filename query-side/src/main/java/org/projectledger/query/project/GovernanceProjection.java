package org.projectledger.query.project;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * Each project's governance records: change requests and their decisions, risks and their
 * responses, status reports and tolerance breaches ({@code project_change_request}, {@code
 * project_risk}, {@code project_status_report}, {@code project_tolerance_breach}). Every event
 * carries absolute values or an id of its own, and every write here sets those values or inserts
 * only what is not there yet: an event delivered twice changes nothing. One of the {@code projects}
 * group's projections, each keeping its own tables (its writes batched by {@code
 * ProjectionWritesEnhancer}).
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class GovernanceProjection {

  private static final String[] TABLES = {
    "project_change_request", "project_risk", "project_status_report", "project_tolerance_breach"
  };

  private final ProjectionWrites writes;

  GovernanceProjection(ProjectionWrites writes) {
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    writes.clear(TABLES);
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

package org.projectledger.domain.risks;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireText;

import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.decisions.DecisionRecorded;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.status.PublishStatusReport;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.domain.state.ProjectFacts;

/** The manager's registers: risks logged, decisions with their rationale, status reports. */
public final class RiskRegister {

  private RiskRegister() {}

  public static RiskLogged log(LogRisk command, Actor actor, ProjectFacts facts, boolean known) {
    facts.requireManager(actor);
    requireNew(!known, "risk", command.riskId());
    requireText(command.title(), "title");
    requireText(command.owner(), "owner");
    requireScale(command.probability(), "probability");
    requireScale(command.impact(), "impact");
    return new RiskLogged(
        facts.projectId(),
        command.riskId(),
        command.title(),
        command.probability(),
        command.impact(),
        command.owner(),
        command.mitigation(),
        command.kind());
  }

  static void requireScale(int value, String field) {
    require(value >= 1 && value <= 5, ErrorCode.VALIDATION_FAILED, field + " must be from 1 to 5");
  }

  public static DecisionRecorded decision(RecordDecision command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireNew(!facts.hasDecision(command.decisionId()), "decision", command.decisionId());
    requireText(command.title(), "title");
    requireText(command.rationale(), "rationale");
    return new DecisionRecorded(
        facts.projectId(),
        command.decisionId(),
        command.title(),
        command.rationale(),
        command.alternativesConsidered());
  }

  public static StatusReportPublished statusReport(
      PublishStatusReport command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireNew(!facts.hasStatusReport(command.reportId()), "status report", command.reportId());
    requireText(command.summary(), "summary");
    return new StatusReportPublished(
        facts.projectId(),
        command.reportId(),
        command.rag(),
        command.summary(),
        command.statusDate());
  }
}

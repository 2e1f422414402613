package org.projectledger.domain.risks;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireReason;
import static org.projectledger.domain.state.Policies.requireText;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.domain.state.ProjectFacts;

/**
 * One risk of the register, a member of its project with its own identity: its current assessment
 * and whether it is open. It decides its own reassessment and closure; the project admitted the
 * manager first.
 */
public final class Risk {

  private UUID projectId;
  @EntityId private UUID riskId;
  private int probability;
  private int impact;
  private boolean open;
  private RiskKind kind;

  /** For snapshots. */
  Risk() {}

  public Risk(RiskLogged logged) {
    this.projectId = logged.projectId();
    this.riskId = logged.riskId();
    this.probability = logged.probability();
    this.impact = logged.impact();
    this.open = true;
    this.kind = logged.kind();
  }

  public boolean isOpen() {
    return open;
  }

  /**
   * The response the manager plans (the project admitted the manager and hands the command here): a
   * strategy that answers its kind, a user who owns the response, the date by which it may occur,
   * and its cost impact in the project's money.
   */
  public RiskResponsePlanned respond(PlanRiskResponse command, ProjectFacts facts) {
    requireOpen();
    require(
        command.strategy().answers(kind),
        ErrorCode.VALIDATION_FAILED,
        "%s does not answer %s %s"
            .formatted(
                command.strategy(),
                kind == RiskKind.OPPORTUNITY ? "an" : "a",
                kind.name().toLowerCase()));
    requireText(command.owner(), "owner");
    requireText(command.response(), "response");
    requireAmount(command.costImpact(), "costImpact", false, facts.currency());
    return new RiskResponsePlanned(
        projectId,
        riskId,
        command.strategy(),
        command.owner().strip(),
        command.proximity(),
        command.costImpact(),
        command.response().strip());
  }

  @CommandHandler
  void handle(ReassessRisk command) {
    requireReason(command.reason());
    RiskRegister.requireScale(command.probability(), "probability");
    RiskRegister.requireScale(command.impact(), "impact");
    requireOpen();
    apply(
        new RiskReassessed(
            projectId,
            riskId,
            probability,
            impact,
            command.probability(),
            command.impact(),
            command.reason()));
  }

  @CommandHandler
  void handle(CloseRisk command) {
    requireReason(command.reason());
    requireOpen();
    apply(new RiskClosed(projectId, riskId, command.reason()));
  }

  private void requireOpen() {
    require(open, ErrorCode.RISK_CLOSED, "The risk is closed");
  }

  @EventSourcingHandler
  void on(RiskReassessed event) {
    probability = event.newProbability();
    impact = event.newImpact();
  }

  @EventSourcingHandler
  void on(RiskClosed event) {
    open = false;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Risk other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(riskId, other.riskId)
        && probability == other.probability
        && impact == other.impact
        && open == other.open
        && kind == other.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(riskId, probability, impact, open);
  }
}

package org.projectledger.api.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager plans (or replans) how an open risk is answered: the strategy, the user who owns the
 * response, the date by which the risk may occur, and what it would cost (or bring) if it did.
 */
public record PlanRiskResponse(
    @TargetAggregateIdentifier UUID projectId,
    UUID riskId,
    RiskStrategy strategy,
    String owner,
    LocalDate proximity,
    BigDecimal costImpact,
    String response) {

  public PlanRiskResponse {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(riskId, "riskId");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(proximity, "proximity");
    Objects.requireNonNull(costImpact, "costImpact");
    Objects.requireNonNull(response, "response");
  }
}

package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager moves budget from one line to another. Money leaves a CONTINGENCY line only as a draw
 * against a named risk ({@code riskId}); from any other line no risk is named.
 */
public record ReallocateBudget(
    @TargetAggregateIdentifier UUID projectId,
    UUID fromBudgetLineId,
    UUID toBudgetLineId,
    BigDecimal amount,
    String reason,
    UUID riskId) {

  /** A move that draws on no risk. */
  public ReallocateBudget(
      UUID projectId,
      UUID fromBudgetLineId,
      UUID toBudgetLineId,
      BigDecimal amount,
      String reason) {
    this(projectId, fromBudgetLineId, toBudgetLineId, amount, reason, null);
  }

  public ReallocateBudget {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(fromBudgetLineId, "fromBudgetLineId");
    Objects.requireNonNull(toBudgetLineId, "toBudgetLineId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }
}

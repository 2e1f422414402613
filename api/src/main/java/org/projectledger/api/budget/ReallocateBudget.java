package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager moves budget from one line to another. */
public record ReallocateBudget(
    @TargetAggregateIdentifier UUID projectId,
    UUID fromBudgetLineId,
    UUID toBudgetLineId,
    BigDecimal amount,
    String reason) {

  public ReallocateBudget {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(fromBudgetLineId, "fromBudgetLineId");
    Objects.requireNonNull(toBudgetLineId, "toBudgetLineId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }
}

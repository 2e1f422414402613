package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager opens a budget line in one category. */
public record OpenBudgetLine(
    @TargetAggregateIdentifier UUID projectId,
    UUID budgetLineId,
    BudgetCategory category,
    BigDecimal amount) {

  public OpenBudgetLine {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(budgetLineId, "budgetLineId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(amount, "amount");
  }
}

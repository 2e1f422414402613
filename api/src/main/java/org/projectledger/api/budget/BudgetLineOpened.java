package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A budget line was opened: directly before the first baseline, after it only by an approved change
 * request, which {@code changeRequestId} names (null for a line opened directly, and in events
 * recorded before the second edition).
 */
@Revision("1")
public record BudgetLineOpened(
    UUID projectId,
    UUID budgetLineId,
    BudgetCategory category,
    BigDecimal amount,
    UUID changeRequestId) {

  /** A line opened directly, before the first baseline. */
  public BudgetLineOpened(
      UUID projectId, UUID budgetLineId, BudgetCategory category, BigDecimal amount) {
    this(projectId, budgetLineId, category, amount, null);
  }
}

package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Budget moved between lines: the amount and both lines before and after. {@code riskId} names the
 * risk a draw on the contingency reserve answers (null for any other move, and in every move
 * recorded before draws named their risk).
 */
@Revision("1")
public record BudgetReallocated(
    UUID projectId,
    UUID fromBudgetLineId,
    UUID toBudgetLineId,
    BigDecimal amount,
    BigDecimal fromOldAmount,
    BigDecimal fromNewAmount,
    BigDecimal toOldAmount,
    BigDecimal toNewAmount,
    String reason,
    UUID riskId) {

  /** A move that draws on no risk. */
  public BudgetReallocated(
      UUID projectId,
      UUID fromBudgetLineId,
      UUID toBudgetLineId,
      BigDecimal amount,
      BigDecimal fromOldAmount,
      BigDecimal fromNewAmount,
      BigDecimal toOldAmount,
      BigDecimal toNewAmount,
      String reason) {
    this(
        projectId,
        fromBudgetLineId,
        toBudgetLineId,
        amount,
        fromOldAmount,
        fromNewAmount,
        toOldAmount,
        toNewAmount,
        reason,
        null);
  }
}

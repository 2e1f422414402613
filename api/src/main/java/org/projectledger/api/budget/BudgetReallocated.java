package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Budget moved between lines: the amount and both lines before and after. */
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
    String reason) {}

package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A cost took a budget line's actuals beyond its amount: recorded, never refused. */
@Revision("1")
public record BudgetLineOverrun(
    UUID projectId,
    UUID budgetLineId,
    UUID costId,
    BigDecimal lineAmount,
    BigDecimal actualBefore,
    BigDecimal actualAfter,
    BigDecimal overrunBy) {}

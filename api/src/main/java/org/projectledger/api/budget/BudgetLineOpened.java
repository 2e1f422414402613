package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A budget line was opened. */
@Revision("1")
public record BudgetLineOpened(
    UUID projectId, UUID budgetLineId, BudgetCategory category, BigDecimal amount) {}

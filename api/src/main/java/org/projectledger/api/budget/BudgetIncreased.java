package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A budget line grew through an approved change request: old and new amount. */
@Revision("1")
public record BudgetIncreased(
    UUID projectId, UUID budgetLineId, BigDecimal oldAmount, BigDecimal newAmount, UUID causedBy) {}

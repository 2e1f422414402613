package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work package was re-costed: old and new planned cost, why, and what caused it (the approved
 * change request, or null).
 */
@Revision("1")
public record PlannedCostChanged(
    UUID projectId,
    UUID workPackageId,
    BigDecimal oldPlannedCost,
    BigDecimal newPlannedCost,
    String reason,
    UUID causedBy) {}

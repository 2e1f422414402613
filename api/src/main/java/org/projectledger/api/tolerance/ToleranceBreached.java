package org.projectledger.api.tolerance;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Recorded actuals pushed the estimate at completion beyond cost tolerance: an exception for the
 * sponsor (PRINCE2), never a refusal.
 */
@Revision("1")
public record ToleranceBreached(
    UUID projectId,
    ToleranceKind kind,
    UUID costId,
    int baselineNumber,
    BigDecimal baselineTotal,
    BigDecimal tolerancePercent,
    BigDecimal limit,
    BigDecimal estimateAtCompletion) {}

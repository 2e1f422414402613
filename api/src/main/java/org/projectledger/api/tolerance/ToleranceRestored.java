package org.projectledger.api.tolerance;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The figure that breached a tolerance is back within it: the exception is cleared (PRINCE2). A
 * later breach is raised again. {@code causeId} names the cost or progress report whose recording
 * brought it back, where one did.
 */
@Revision("1")
public record ToleranceRestored(
    UUID projectId,
    ToleranceKind kind,
    UUID causeId,
    int baselineNumber,
    BigDecimal limit,
    BigDecimal estimateAtCompletion) {}

package org.projectledger.api.baselines;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Signature;

/**
 * A baseline was set: its number, every item as frozen, the total, why, and the sponsor's
 * signature.
 */
@Revision("1")
public record BaselineSet(
    UUID projectId,
    int baselineNumber,
    List<BaselineItem> items,
    BigDecimal totalPlannedCost,
    String reason,
    Signature signature,
    ProjectState oldState,
    ProjectState newState) {}

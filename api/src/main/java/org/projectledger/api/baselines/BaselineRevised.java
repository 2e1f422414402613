package org.projectledger.api.baselines;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved change request revised the baseline: the new number and every item as now frozen. */
@Revision("1")
public record BaselineRevised(
    UUID projectId,
    int baselineNumber,
    List<BaselineItem> items,
    BigDecimal totalPlannedCost,
    UUID changeRequestId) {}

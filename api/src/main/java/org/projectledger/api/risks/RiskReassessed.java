package org.projectledger.api.risks;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A risk was reassessed: old and new probability and impact. */
@Revision("1")
public record RiskReassessed(
    UUID projectId,
    UUID riskId,
    int oldProbability,
    int oldImpact,
    int newProbability,
    int newImpact,
    String reason) {}

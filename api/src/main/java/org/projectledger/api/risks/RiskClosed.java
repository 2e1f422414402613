package org.projectledger.api.risks;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A risk was closed. */
@Revision("1")
public record RiskClosed(UUID projectId, UUID riskId, String reason) {}

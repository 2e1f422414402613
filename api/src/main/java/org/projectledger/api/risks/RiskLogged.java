package org.projectledger.api.risks;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A risk was logged. */
@Revision("1")
public record RiskLogged(
    UUID projectId,
    UUID riskId,
    String title,
    int probability,
    int impact,
    String owner,
    String mitigation) {}

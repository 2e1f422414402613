package org.projectledger.api.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A risk's response was planned: strategy, owner, proximity and cost impact. */
@Revision("1")
public record RiskResponsePlanned(
    UUID projectId,
    UUID riskId,
    RiskStrategy strategy,
    String owner,
    LocalDate proximity,
    BigDecimal costImpact,
    String response) {}

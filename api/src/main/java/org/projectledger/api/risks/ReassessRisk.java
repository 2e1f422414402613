package org.projectledger.api.risks;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager reassesses an open risk. */
public record ReassessRisk(
    @TargetAggregateIdentifier UUID projectId,
    UUID riskId,
    int probability,
    int impact,
    String reason) {

  public ReassessRisk {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(riskId, "riskId");
    Objects.requireNonNull(reason, "reason");
  }
}

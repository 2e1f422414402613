package org.projectledger.api.risks;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager closes a risk. */
public record CloseRisk(@TargetAggregateIdentifier UUID projectId, UUID riskId, String reason) {

  public CloseRisk {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(riskId, "riskId");
    Objects.requireNonNull(reason, "reason");
  }
}

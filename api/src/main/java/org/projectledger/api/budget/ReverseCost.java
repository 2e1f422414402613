package org.projectledger.api.budget;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager reverses a cost recorded in error: its amount leaves the actuals from now on, the
 * recorded cost stays in history. A corrected amount is a reversal and a new cost.
 */
public record ReverseCost(@TargetAggregateIdentifier UUID projectId, UUID costId, String reason) {

  public ReverseCost {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(costId, "costId");
  }
}

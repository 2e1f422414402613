package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager re-costs a work package. */
public record ChangePlannedCost(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    BigDecimal plannedCost,
    String reason) {

  public ChangePlannedCost {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(plannedCost, "plannedCost");
    Objects.requireNonNull(reason, "reason");
  }
}

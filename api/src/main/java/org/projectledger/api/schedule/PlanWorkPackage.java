package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager plans a work package of the WBS, with its dates, planned cost and finish-to-start
 * predecessors.
 */
public record PlanWorkPackage(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal plannedCost,
    List<UUID> dependsOn) {

  public PlanWorkPackage {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
    Objects.requireNonNull(plannedCost, "plannedCost");
    Objects.requireNonNull(dependsOn, "dependsOn");
    dependsOn = List.copyOf(dependsOn);
  }
}

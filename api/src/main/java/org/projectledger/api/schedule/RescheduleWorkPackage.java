package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager moves a work package; with {@code cascade} its successors move as far as they must.
 */
public record RescheduleWorkPackage(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    String reason,
    boolean cascade) {

  public RescheduleWorkPackage {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
    Objects.requireNonNull(reason, "reason");
  }
}

package org.projectledger.api.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager records a maintenance activity after hand-over. Where it cost something, the cost is
 * booked against a MAINTENANCE budget line ({@code budgetLineId} and {@code cost} go together).
 */
public record RecordMaintenanceActivity(
    @TargetAggregateIdentifier UUID projectId,
    UUID activityId,
    MaintenanceKind kind,
    LocalDate performedOn,
    String description,
    String outcome,
    UUID budgetLineId,
    BigDecimal cost) {

  public RecordMaintenanceActivity {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(performedOn, "performedOn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(outcome, "outcome");
  }
}

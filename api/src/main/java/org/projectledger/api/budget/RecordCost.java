package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager records an actual cost: an invoice, a timesheet. Actuals are facts: never refused for
 * overrunning.
 */
public record RecordCost(
    @TargetAggregateIdentifier UUID projectId,
    UUID costId,
    UUID budgetLineId,
    UUID workPackageId,
    BigDecimal amount,
    String currency,
    LocalDate incurredOn,
    String reference,
    String description) {

  public RecordCost {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(costId, "costId");
    Objects.requireNonNull(budgetLineId, "budgetLineId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(incurredOn, "incurredOn");
    Objects.requireNonNull(reference, "reference");
  }
}

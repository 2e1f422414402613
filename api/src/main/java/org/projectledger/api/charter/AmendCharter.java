package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/**
 * The sponsor amends the charter, a signed act with a reason: any of the name, the planned dates
 * and the tolerances (null leaves a field as it is).
 */
public record AmendCharter(
    @TargetAggregateIdentifier UUID projectId,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances,
    String reason,
    Signature signature) {

  public AmendCharter {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(signature, "signature");
  }
}

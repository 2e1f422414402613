package org.projectledger.api.maintenance;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The sponsor hands the delivered project over to operations: a signed act. */
public record HandOverToOperations(
    @TargetAggregateIdentifier UUID projectId, String note, Signature signature) {

  public HandOverToOperations {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(signature, "signature");
  }
}

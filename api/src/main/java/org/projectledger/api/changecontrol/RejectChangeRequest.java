package org.projectledger.api.changecontrol;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The sponsor rejects a change request: a signed act. */
public record RejectChangeRequest(
    @TargetAggregateIdentifier UUID projectId,
    UUID changeRequestId,
    String comment,
    Signature signature) {

  public RejectChangeRequest {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(changeRequestId, "changeRequestId");
    Objects.requireNonNull(signature, "signature");
  }
}

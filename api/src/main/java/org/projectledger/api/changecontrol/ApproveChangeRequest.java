package org.projectledger.api.changecontrol;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/**
 * The sponsor approves a change request: a signed act that applies every proposed change or none.
 */
public record ApproveChangeRequest(
    @TargetAggregateIdentifier UUID projectId,
    UUID changeRequestId,
    String comment,
    Signature signature) {

  public ApproveChangeRequest {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(changeRequestId, "changeRequestId");
    Objects.requireNonNull(signature, "signature");
  }
}

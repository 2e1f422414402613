package org.projectledger.api.changecontrol;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager withdraws a change request still open. */
public record WithdrawChangeRequest(
    @TargetAggregateIdentifier UUID projectId, UUID changeRequestId, String reason) {

  public WithdrawChangeRequest {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(changeRequestId, "changeRequestId");
    Objects.requireNonNull(reason, "reason");
  }
}

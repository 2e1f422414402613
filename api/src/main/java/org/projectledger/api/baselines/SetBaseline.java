package org.projectledger.api.baselines;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The sponsor freezes the schedule and planned costs as the next baseline: a signed act. */
public record SetBaseline(
    @TargetAggregateIdentifier UUID projectId, String reason, Signature signature) {

  public SetBaseline {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(signature, "signature");
  }
}

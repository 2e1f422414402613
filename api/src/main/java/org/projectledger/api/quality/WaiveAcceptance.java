package org.projectledger.api.quality;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The sponsor waives a deliverable's acceptance, signed, with a reason. */
public record WaiveAcceptance(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    String reason,
    Signature signature) {

  public WaiveAcceptance {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(signature, "signature");
  }
}

package org.projectledger.api.quality;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The named acceptor rejects a submitted deliverable, signed, saying why. */
public record RejectDeliverable(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    String reason,
    Signature signature) {

  public RejectDeliverable {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(signature, "signature");
  }
}

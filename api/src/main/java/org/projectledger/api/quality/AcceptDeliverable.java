package org.projectledger.api.quality;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The named acceptor accepts a submitted deliverable: a signed act, meaning APPROVAL. */
public record AcceptDeliverable(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    String comment,
    Signature signature) {

  public AcceptDeliverable {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(signature, "signature");
  }
}

package org.projectledger.api.quality;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager or the work package's owner submits its deliverable for acceptance. */
public record SubmitDeliverable(
    @TargetAggregateIdentifier UUID projectId, UUID workPackageId, String note) {

  public SubmitDeliverable {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(note, "note");
  }
}

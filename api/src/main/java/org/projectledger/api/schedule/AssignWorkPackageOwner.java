package org.projectledger.api.schedule;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager names a work package's owner, a user who may then report its progress. */
public record AssignWorkPackageOwner(
    @TargetAggregateIdentifier UUID projectId, UUID workPackageId, String owner) {

  public AssignWorkPackageOwner {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(owner, "owner");
  }
}

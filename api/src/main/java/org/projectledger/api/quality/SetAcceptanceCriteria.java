package org.projectledger.api.quality;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager names what a work package's deliverable must meet and who accepts it (a user with the
 * SPONSOR or PMO role).
 */
public record SetAcceptanceCriteria(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    List<String> criteria,
    String acceptor) {

  public SetAcceptanceCriteria {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(acceptor, "acceptor");
    criteria = List.copyOf(criteria);
  }
}

package org.projectledger.api.schedule;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager cancels a milestone that is no longer wanted, with a reason: before the first
 * baseline directly, after it only through an approved change request. It stays in history and
 * leaves the figures, the critical path and hand-over completeness.
 */
public record CancelMilestone(
    @TargetAggregateIdentifier UUID projectId, UUID milestoneId, String reason) {

  public CancelMilestone {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(milestoneId, "milestoneId");
  }
}

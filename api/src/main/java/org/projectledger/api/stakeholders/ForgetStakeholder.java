package org.projectledger.api.stakeholders;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PMO has a stakeholder forgotten (their right to erasure): their personal-data key is
 * destroyed, so their name and e-mail become unreadable everywhere while the history still
 * verifies.
 */
public record ForgetStakeholder(
    @TargetAggregateIdentifier UUID projectId, UUID stakeholderId, String reason) {

  public ForgetStakeholder {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(stakeholderId, "stakeholderId");
    Objects.requireNonNull(reason, "reason");
  }
}

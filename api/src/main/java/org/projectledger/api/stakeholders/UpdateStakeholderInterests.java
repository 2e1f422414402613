package org.projectledger.api.stakeholders;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PMO or the project's manager changes what a stakeholder is to hear about. */
public record UpdateStakeholderInterests(
    @TargetAggregateIdentifier UUID projectId,
    UUID stakeholderId,
    Set<Interest> interests,
    String reason) {

  public UpdateStakeholderInterests {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(stakeholderId, "stakeholderId");
    Objects.requireNonNull(interests, "interests");
    Objects.requireNonNull(reason, "reason");
    interests = Interests.of(interests);
  }
}

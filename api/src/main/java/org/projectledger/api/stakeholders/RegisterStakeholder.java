package org.projectledger.api.stakeholders;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PMO registers a stakeholder of the project. Name and e-mail arrive sealed: personal data is
 * only ever recorded encrypted, so that forgetting the stakeholder can make it unreadable
 * everywhere (crypto-shredding).
 */
public record RegisterStakeholder(
    @TargetAggregateIdentifier UUID projectId,
    UUID stakeholderId,
    SealedPersonalData personalData,
    String role,
    Set<Interest> interests,
    String organisation) {

  public RegisterStakeholder {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(stakeholderId, "stakeholderId");
    Objects.requireNonNull(personalData, "personalData");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(interests, "interests");
    interests = Interests.of(interests);
  }
}

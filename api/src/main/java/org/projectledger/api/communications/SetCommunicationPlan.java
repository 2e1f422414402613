package org.projectledger.api.communications;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * The manager sets how a stakeholder is told about the events their interests cover. The address is
 * personal data: it arrives sealed under the stakeholder's key, after the command side checked that
 * it is valid for its channel, so that forgetting the stakeholder makes it unreadable too.
 */
public record SetCommunicationPlan(
    @TargetAggregateIdentifier UUID projectId,
    UUID stakeholderId,
    Channel channel,
    SealedPersonalData address,
    Frequency frequency) {

  public SetCommunicationPlan {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(stakeholderId, "stakeholderId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(frequency, "frequency");
  }
}

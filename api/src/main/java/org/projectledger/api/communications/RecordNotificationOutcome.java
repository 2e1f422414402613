package org.projectledger.api.communications;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * Sent by the ledger itself, never by a user: the outcome of delivering one notification, after it
 * was delivered or after its last try failed. The project records it as {@link StakeholderNotified}
 * or {@link NotificationFailed}, once per notification id.
 */
public record RecordNotificationOutcome(
    @TargetAggregateIdentifier UUID projectId,
    UUID notificationId,
    UUID stakeholderId,
    NotificationKind kind,
    Channel channel,
    SealedPersonalData address,
    List<UUID> sourceEventIds,
    String sourceEventType,
    String subject,
    String bodySha256,
    List<DeliveryAttempt> attempts) {

  public RecordNotificationOutcome {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(stakeholderId, "stakeholderId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sourceEventIds, "sourceEventIds");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(bodySha256, "bodySha256");
    Objects.requireNonNull(attempts, "attempts");
    sourceEventIds = List.copyOf(sourceEventIds);
    attempts = List.copyOf(attempts);
  }

  /** Whether the last try was taken by the receiver. */
  public boolean delivered() {
    return !attempts.isEmpty() && attempts.get(attempts.size() - 1).delivered();
  }
}

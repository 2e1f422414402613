package org.projectledger.api.communications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * Proof of communication: a stakeholder was told. What was sent (subject, SHA-256 of the body), to
 * whom (stakeholder, channel, sealed address), on which events, when the receiver took it, and
 * every try it took to get there.
 */
@Revision("1")
public record StakeholderNotified(
    UUID projectId,
    UUID notificationId,
    UUID stakeholderId,
    NotificationKind kind,
    Channel channel,
    SealedPersonalData address,
    List<UUID> sourceEventIds,
    String sourceEventType,
    String subject,
    String bodySha256,
    Instant deliveredAt,
    List<DeliveryAttempt> attempts) {}

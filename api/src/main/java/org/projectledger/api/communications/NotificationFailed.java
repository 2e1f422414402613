package org.projectledger.api.communications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * A stakeholder could not be told: every try failed (or the stakeholder was forgotten before the
 * message left). Recorded, never silently dropped, with every try and its outcome.
 */
@Revision("1")
public record NotificationFailed(
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
    Instant failedAt,
    List<DeliveryAttempt> attempts) {}

package org.projectledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.DeliveryAttempt;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proof of communication: every notification the ledger recorded, delivered or failed, kept with
 * the audit trail (same processing group, same position), so that both answer for the same instant.
 */
@Component
@ProcessingGroup(AuditProjection.NAME)
class CommunicationsProjection {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final JdbcTemplate jdbc;
  private final ProjectionWrites writes;

  CommunicationsProjection(JdbcTemplate jdbc, ProjectionWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM communication_entry");
  }

  @EventHandler
  void on(
      StakeholderNotified event,
      TrackingToken token,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt) {
    insert(
        new Row(
            event.notificationId(),
            event.projectId(),
            event.stakeholderId(),
            event.kind(),
            event.channel(),
            event.address(),
            event.sourceEventIds(),
            event.sourceEventType(),
            event.subject(),
            event.bodySha256(),
            "DELIVERED",
            event.attempts(),
            event.deliveredAt()),
        token,
        sequence,
        recordedAt);
  }

  @EventHandler
  void on(
      NotificationFailed event,
      TrackingToken token,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt) {
    insert(
        new Row(
            event.notificationId(),
            event.projectId(),
            event.stakeholderId(),
            event.kind(),
            event.channel(),
            event.address(),
            event.sourceEventIds(),
            event.sourceEventType(),
            event.subject(),
            event.bodySha256(),
            "FAILED",
            event.attempts(),
            event.failedAt()),
        token,
        sequence,
        recordedAt);
  }

  private record Row(
      UUID notificationId,
      UUID projectId,
      UUID stakeholderId,
      NotificationKind kind,
      Channel channel,
      SealedPersonalData address,
      List<UUID> sourceEventIds,
      String sourceEventType,
      String subject,
      String bodySha256,
      String outcome,
      List<DeliveryAttempt> attempts,
      Instant settledAt) {}

  private void insert(Row row, TrackingToken token, long sequence, Instant recordedAt) {
    long position = token.position().orElseThrow();
    writes.update(
        """
        INSERT INTO communication_entry (notification_id, project_id, stakeholder_id,
            global_position, sequence, kind, channel, address_key, address_nonce,
            address_ciphertext, source_event_ids, source_event_type, subject, body_sha256, outcome,
            attempts, settled_at, recorded_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM communication_entry WHERE notification_id = ?)
        """,
        row.notificationId(),
        row.projectId(),
        row.stakeholderId(),
        position,
        sequence,
        row.kind().name(),
        row.channel().name(),
        row.address() == null ? null : row.address().keyId(),
        row.address() == null ? null : row.address().nonce(),
        row.address() == null ? null : row.address().ciphertext(),
        String.join(",", row.sourceEventIds().stream().map(UUID::toString).toList()),
        row.sourceEventType(),
        row.subject(),
        row.bodySha256(),
        row.outcome(),
        write(row.attempts()),
        row.settledAt().atOffset(ZoneOffset.UTC),
        recordedAt.atOffset(ZoneOffset.UTC),
        row.notificationId());
  }

  private static String write(List<DeliveryAttempt> attempts) {
    try {
      return JSON.writeValueAsString(attempts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.projectledger.query.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.projectledger.api.EventSummaries;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.query.consistency.NewRows;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one audit entry per event, keyed by its global position: a redelivered event finds its
 * entry already there and changes nothing.
 */
@Component
@ProcessingGroup(AuditProjection.NAME)
class AuditProjection {

  static final String NAME = "audit";

  /** An entry, keyed by its event's global position. */
  private static final NewRows.Shape ENTRY =
      new NewRows.Shape(
          "audit_entry",
          List.of(
              "global_position",
              "project_id",
              "sequence",
              "event_id",
              "type",
              "recorded_at",
              "actor",
              "reason",
              "correlation_id",
              "summary",
              "changes",
              "corrects"),
          0);

  private final JdbcTemplate jdbc;
  private final ProjectionWrites writes;

  AuditProjection(JdbcTemplate jdbc, ProjectionWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM audit_entry");
  }

  @EventHandler
  void on(
      Object event,
      DomainEventMessage<?> message,
      TrackingToken token,
      @Timestamp Instant recordedAt) {
    long position = token.position().orElseThrow();
    MetaData metaData = message.getMetaData();
    writes.insertOnce(
        ENTRY,
        position,
        UUID.fromString(message.getAggregateIdentifier()),
        message.getSequenceNumber(),
        message.getIdentifier(),
        event.getClass().getSimpleName(),
        recordedAt.atOffset(ZoneOffset.UTC),
        text(metaData.get(MetaDataKeys.ACTOR)),
        reason(metaData),
        text(metaData.get(MetaDataKeys.CORRELATION_ID)),
        EventSummaries.of(event),
        Changes.json(Changes.of(event)),
        Changes.corrects(event));
  }

  /** Why: the reason given, or for an imported item the file and row it came from. */
  private static String reason(MetaData metaData) {
    if (metaData.get(MetaDataKeys.IMPORT_FILE) != null) {
      return "Imported from %s (%s, SHA-256 %s), %s"
          .formatted(
              metaData.get(MetaDataKeys.IMPORT_FILE),
              metaData.get(MetaDataKeys.IMPORT_FORMAT),
              metaData.get(MetaDataKeys.IMPORT_SHA256),
              metaData.get(MetaDataKeys.IMPORT_ROW));
    }
    return text(metaData.get(MetaDataKeys.REASON));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

package org.projectledger.query.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each project's register events ({@link Registers#TYPES}) as recorded, with who recorded
 * them and when, in {@code project_register_entry}: the one source the registers and the
 * end-project report fold, now or as of any instant. One row per event, keyed by the project and
 * the event's sequence: an event delivered twice changes nothing.
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class RegisterEntriesProjection {

  private final JdbcTemplate jdbc;
  private final ProjectionWrites writes;
  private final ObjectMapper json;

  RegisterEntriesProjection(JdbcTemplate jdbc, ProjectionWrites writes, ObjectMapper json) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.json = json;
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM project_register_entry");
  }

  @EventHandler
  void on(Object event, DomainEventMessage<?> message, @Timestamp Instant recordedAt)
      throws JsonProcessingException {
    if (!Registers.keeps(event)) {
      return;
    }
    Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
    writes.update(
        """
        INSERT INTO project_register_entry (project_id, sequence, recorded_at, event_type, actor,
            payload)
        SELECT ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (
            SELECT 1 FROM project_register_entry WHERE project_id = ? AND sequence = ?)
        """,
        UUID.fromString(message.getAggregateIdentifier()),
        message.getSequenceNumber(),
        recordedAt.atOffset(ZoneOffset.UTC),
        event.getClass().getSimpleName(),
        actor == null ? null : actor.toString(),
        json.writeValueAsString(event),
        UUID.fromString(message.getAggregateIdentifier()),
        message.getSequenceNumber());
  }
}

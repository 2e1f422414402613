package org.projectledger.query.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A project's registers now or as the ledger knew them at an instant: its register entries up to
 * then, folded ({@link Registers#fold}) beside its facts of the same instant (names of work
 * packages, budget lines, the reserve).
 */
@Component
public class RegisterReads {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final ProjectFactsFromTables now;
  private final ProjectFactsAsOf history;

  RegisterReads(
      JdbcTemplate jdbc, ObjectMapper json, ProjectFactsFromTables now, ProjectFactsAsOf history) {
    this.jdbc = jdbc;
    this.json = json;
    this.now = now;
    this.history = history;
  }

  /** The registers, or empty for a project the read side does not know (at that instant). */
  public Optional<RegistersView> of(UUID projectId, Instant asOf, LocalDate statusDate) {
    Optional<ProjectFacts> facts = asOf == null ? now.of(projectId) : history.of(projectId, asOf);
    return facts.map(
        known -> Registers.fold(projectId, known, entries(projectId, asOf), asOf, statusDate));
  }

  /** The register entries of a project in their order, up to {@code asOf} if given. */
  public List<Registers.Entry> entries(UUID projectId, Instant asOf) {
    String sql =
        "SELECT recorded_at, actor, event_type, payload FROM project_register_entry"
            + " WHERE project_id = ?"
            + (asOf == null ? "" : " AND recorded_at <= ?")
            + " ORDER BY sequence";
    Object[] args =
        asOf == null
            ? new Object[] {projectId}
            : new Object[] {projectId, asOf.atOffset(ZoneOffset.UTC)};
    return jdbc.query(
        sql,
        (rs, row) ->
            new Registers.Entry(
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                event(rs.getString("event_type"), rs.getString("payload"))),
        args);
  }

  private Object event(String type, String payload) {
    Class<?> kind = Registers.TYPES.get(type);
    if (kind == null) {
      throw new IllegalStateException("Not a register event: " + type);
    }
    try {
      return json.readValue(payload, kind);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A register entry of type " + type + " cannot be read", e);
    }
  }
}

package org.projectledger.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Role;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.security.CurrentActor;
import org.projectledger.query.audit.Changes.Change;
import org.projectledger.query.consistency.ProjectReadGate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, per project and across the portfolio: one entry per event in global order,
 * filtered by actor, type and record time, paged by cursor (the last global position seen).
 */
@RestController
@Validated
@Tag(name = "Audit trail")
class AuditController {

  /** One entry of the trail. */
  record Entry(
      long sequence,
      long globalPosition,
      UUID projectId,
      String eventId,
      String type,
      Instant recordedAt,
      String actor,
      String reason,
      String correlationId,
      String summary,
      List<Change> changes,
      String hash,
      Corrects corrects) {}

  /** What a correction corrects: the event's id and, once in the trail, its global position. */
  record Corrects(String eventId, Long globalPosition) {}

  /** A page of entries; {@code nextCursor} is null on the last page. */
  record Page(List<Entry> entries, Long nextCursor) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final AuditVersions auditVersions;

  private final AuditTrailReaders readers;

  AuditController(JdbcTemplate jdbc, AuditVersions auditVersions, AuditTrailReaders readers) {
    this.jdbc = jdbc;
    this.auditVersions = auditVersions;
    this.readers = readers;
  }

  @GetMapping("/api/projects/{projectId}/audit")
  @Operation(summary = "The project's audit trail (not for VIEWER)")
  ResponseEntity<Page> projectTrail(
      @PathVariable UUID projectId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) @Min(0) Long cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    readers.require(projectId, "the audit trail");
    long version =
        asOf == null
            ? auditVersions.settle(projectId, minVersion)
            : auditVersions.at(projectId, asOf);
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(version))
        .body(page(projectId, actor, type, from, to, asOf, cursor, limit));
  }

  @GetMapping("/api/audit")
  @Operation(summary = "The audit trail across the portfolio (AUDITOR, PMO)")
  Page portfolioTrail(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) @Min(0) Long cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    requireAnyRole(Role.PMO, Role.AUDITOR);
    return page(null, actor, type, from, to, null, cursor, limit);
  }

  private Page page(
      UUID projectId,
      String actor,
      String type,
      Instant from,
      Instant to,
      Instant asOf,
      Long cursor,
      int limit) {
    // The chain link of each entry, where the ledger has linked it already.
    StringBuilder sql =
        new StringBuilder(
            // The entry a correction corrects is one of its own project's, found among them: the
            // trail keeps no index of event ids (V21), and only a correction looks one up.
            "SELECT a.*, c.hash, CASE WHEN a.corrects IS NULL THEN NULL ELSE"
                + " (SELECT o.global_position FROM audit_entry o"
                + " WHERE o.project_id = a.project_id AND o.event_id = a.corrects) END"
                + " AS corrects_position FROM audit_entry a"
                + " LEFT JOIN ledger_chain c ON c.global_position = a.global_position"
                + " WHERE a.global_position > ?");
    List<Object> arguments =
        new ArrayList<>(List.of(cursor == null ? StoredEvent.BEFORE_FIRST : cursor));
    if (projectId != null) {
      sql.append(" AND a.project_id = ?");
      arguments.add(projectId);
    }
    if (actor != null) {
      sql.append(" AND a.actor = ?");
      arguments.add(actor);
    }
    if (type != null) {
      sql.append(" AND a.type = ?");
      arguments.add(type);
    }
    if (from != null) {
      sql.append(" AND a.recorded_at >= ?");
      arguments.add(from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" AND a.recorded_at < ?");
      arguments.add(to.atOffset(ZoneOffset.UTC));
    }
    if (asOf != null) {
      sql.append(" AND a.recorded_at <= ?");
      arguments.add(asOf.atOffset(ZoneOffset.UTC));
    }
    sql.append(" ORDER BY a.global_position LIMIT ?");
    arguments.add(limit + 1);
    List<Entry> entries =
        jdbc.query(
            sql.toString(),
            (rs, row) ->
                new Entry(
                    rs.getLong("sequence"),
                    rs.getLong("global_position"),
                    rs.getObject("project_id", UUID.class),
                    rs.getString("event_id"),
                    rs.getString("type"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor"),
                    rs.getString("reason"),
                    rs.getString("correlation_id"),
                    rs.getString("summary"),
                    changes(rs.getString("changes")),
                    rs.getString("hash"),
                    rs.getString("corrects") == null
                        ? null
                        : new Corrects(
                            rs.getString("corrects"),
                            rs.getObject("corrects_position", Long.class))),
            arguments.toArray());
    if (entries.size() > limit) {
      List<Entry> page = entries.subList(0, limit);
      return new Page(List.copyOf(page), page.get(limit - 1).globalPosition());
    }
    return new Page(entries, null);
  }

  private static List<Change> changes(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Change>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireAnyRole(Role... roles) {
    Actor actor = CurrentActor.get();
    for (Role role : roles) {
      if (actor.hasRole(role)) {
        return;
      }
    }
    throw new LedgerException(
        ErrorCode.FORBIDDEN, "Your roles do not allow reading the audit trail");
  }
}

package org.projectledger.query.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.Topics;
import org.projectledger.query.audit.AuditTrailReaders;
import org.projectledger.query.audit.AuditVersions;
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
 * What concerned one stakeholder, by their interests, in the order it happened, each entry with the
 * reason or decision behind it. A stakeholder whose role is a sponsor always sees tolerance
 * breaches and change-request decisions. Built from the audit trail's rows, by project and type.
 */
@RestController
@Validated
@Tag(name = "Stakeholders")
class StakeholderTimelineController {

  private static final Set<String> FOR_SPONSORS =
      Set.of(
          "ToleranceBreached",
          "ToleranceRestored",
          "ChangeRequestApproved",
          "ChangeRequestRejected");

  private static final Pattern INTERESTS =
      Pattern.compile(
          "\"field\":\"interests\",\"from\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"),\"to\":\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern CAUSE =
      Pattern.compile("\"field\":\"causedBy\",\"from\":null,\"to\":\"([0-9a-f-]{36})\"");

  record Entry(
      long globalPosition,
      long sequence,
      String type,
      Instant recordedAt,
      String actor,
      String summary,
      String because,
      List<Interest> concerns) {}

  record Timeline(
      UUID projectId,
      UUID stakeholderId,
      String role,
      List<Interest> interests,
      List<Entry> entries,
      Long nextCursor) {}

  private final JdbcTemplate jdbc;
  private final AuditVersions auditVersions;

  private final AuditTrailReaders readers;

  StakeholderTimelineController(
      JdbcTemplate jdbc, AuditVersions auditVersions, AuditTrailReaders readers) {
    this.jdbc = jdbc;
    this.auditVersions = auditVersions;
    this.readers = readers;
  }

  @GetMapping("/api/projects/{projectId}/stakeholders/{stakeholderId}/timeline")
  @Operation(
      summary =
          "What concerned a stakeholder, by their interests, with the reason behind each entry")
  ResponseEntity<Timeline> timeline(
      @PathVariable UUID projectId,
      @PathVariable UUID stakeholderId,
      @RequestParam(required = false) @Min(0) Long cursor,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    readers.require(projectId, "a stakeholder's timeline");
    long version =
        asOf == null
            ? auditVersions.settle(projectId, minVersion)
            : auditVersions.at(projectId, asOf);
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(version))
        .body(timeline(projectId, stakeholderId, cursor, limit, asOf));
  }

  private Timeline timeline(
      UUID projectId, UUID stakeholderId, Long cursor, int limit, Instant asOf) {
    List<Map<String, Object>> found =
        jdbc.queryForList(
            "SELECT role, interests FROM project_stakeholder WHERE project_id = ? AND stakeholder_id = ?",
            projectId,
            stakeholderId);
    if (found.isEmpty()) {
      throw new LedgerException(
          ErrorCode.NOT_FOUND, "No stakeholder " + stakeholderId + " in this project.");
    }
    String role = (String) found.get(0).get("role");
    String interestNames = (String) found.get(0).get("interests");
    if (asOf != null) {
      interestNames = interestsAsOf(projectId, stakeholderId, asOf);
    }
    Set<Interest> interests = EnumSet.noneOf(Interest.class);
    for (String name : interestNames.split(",")) {
      if (!name.isBlank()) {
        interests.add(Interest.valueOf(name));
      }
    }
    boolean sponsor = role.toLowerCase(Locale.ROOT).contains("sponsor");
    Set<String> types = new LinkedHashSet<>();
    interests.forEach(interest -> types.addAll(Topics.eventTypes(interest)));
    if (sponsor) {
      types.addAll(FOR_SPONSORS);
    }
    // What the stakeholder was told belongs to their timeline too (proof of communication).
    types.add("-");
    String placeholders = String.join(",", types.stream().map(type -> "?").toList());
    List<Object> arguments =
        new ArrayList<>(List.of(projectId, cursor == null ? StoredEvent.BEFORE_FIRST : cursor));
    arguments.addAll(types);
    arguments.add(projectId);
    arguments.add(stakeholderId);
    arguments.add(
        (asOf == null ? Instant.parse("9999-12-31T23:59:59Z") : asOf).atOffset(ZoneOffset.UTC));
    arguments.add(limit + 1);
    Map<UUID, String> decisions = changeRequestDecisions(projectId);
    List<Entry> entries =
        jdbc.query(
            "SELECT * FROM audit_entry WHERE project_id = ? AND global_position > ? AND (type IN ("
                + placeholders
                + ") OR global_position IN (SELECT global_position FROM communication_entry"
                + " WHERE project_id = ? AND stakeholder_id = ?))"
                + " AND recorded_at <= ? ORDER BY global_position LIMIT ?",
            (rs, row) -> {
              String type = rs.getString("type");
              String because = rs.getString("reason");
              Matcher cause = CAUSE.matcher(rs.getString("changes"));
              if (cause.find() && decisions.containsKey(UUID.fromString(cause.group(1)))) {
                because = decisions.get(UUID.fromString(cause.group(1)));
              }
              List<Interest> concerns = new ArrayList<>();
              for (Interest interest : interests) {
                if (Topics.eventTypes(interest).contains(type)) {
                  concerns.add(interest);
                }
              }
              return new Entry(
                  rs.getLong("global_position"),
                  rs.getLong("sequence"),
                  type,
                  rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                  rs.getString("actor"),
                  rs.getString("summary"),
                  because,
                  concerns);
            },
            arguments.toArray());
    Long next = null;
    if (entries.size() > limit) {
      entries = entries.subList(0, limit);
      next = entries.get(limit - 1).globalPosition();
    }
    return new Timeline(
        projectId, stakeholderId, role, List.copyOf(interests), List.copyOf(entries), next);
  }

  /**
   * The stakeholder's interests as they were at a past instant: the last registration or change of
   * interests the audit trail holds up to it.
   */
  private String interestsAsOf(UUID projectId, UUID stakeholderId, Instant asOf) {
    List<String> changes =
        jdbc.queryForList(
            "SELECT changes FROM audit_entry WHERE project_id = ? AND recorded_at <= ?"
                + " AND type IN ('StakeholderRegistered', 'StakeholderInterestsChanged') AND changes LIKE ?"
                + " ORDER BY global_position DESC LIMIT 1",
            String.class,
            projectId,
            asOf.atOffset(ZoneOffset.UTC),
            "%" + stakeholderId + "%");
    if (changes.isEmpty()) {
      throw new LedgerException(
          ErrorCode.NOT_FOUND, "No stakeholder " + stakeholderId + " at " + asOf + ".");
    }
    Matcher interests = INTERESTS.matcher(changes.get(0));
    return interests.find() ? interests.group(1).replaceAll("[\\\\\"\\[\\] ]", "") : "";
  }

  /** For each decided change request: the decision that caused its changes, in words. */
  private Map<UUID, String> changeRequestDecisions(UUID projectId) {
    Map<UUID, String> decisions = new LinkedHashMap<>();
    jdbc.query(
        "SELECT change_request_id, title, status, decided_by FROM project_change_request WHERE project_id = ?",
        rs -> {
          decisions.put(
              rs.getObject("change_request_id", UUID.class),
              "Change request \"%s\" %s by %s"
                  .formatted(
                      rs.getString("title"),
                      rs.getString("status").toLowerCase(Locale.ROOT),
                      rs.getString("decided_by")));
        },
        projectId);
    return decisions;
  }
}

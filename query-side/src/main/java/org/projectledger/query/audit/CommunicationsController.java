package org.projectledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.communications.DeliveryAttempt;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.platform.privacy.PersonalDataVault;
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
 * Proof of communication (API.md): every notification of a project with what was sent (subject,
 * SHA-256 of the body), to whom, on which events, when, every try and the outcome. An e-mail
 * address is shown in the clear unless the stakeholder was forgotten; a webhook's URL only up to
 * its host, since its path and query often hold its secret. Paged by cursor like the audit trail;
 * {@code asOf} answers what the ledger had recorded by then.
 */
@RestController
@Validated
@Tag(name = "Audit trail")
class CommunicationsController {

  /** One notification. */
  record Communication(
      UUID notificationId,
      UUID stakeholderId,
      String kind,
      String channel,
      String address,
      boolean addressForgotten,
      List<UUID> sourceEventIds,
      String sourceEventType,
      String subject,
      String bodySha256,
      String outcome,
      int tries,
      List<DeliveryAttempt> attempts,
      Instant settledAt,
      Instant recordedAt,
      long sequence,
      long globalPosition) {}

  /** A page of notifications, oldest first; {@code nextCursor} is null on the last page. */
  record Page(List<Communication> communications, Long nextCursor) {}

  private static final TypeReference<List<DeliveryAttempt>> ATTEMPTS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final AuditVersions auditVersions;
  private final PersonalDataVault vault;

  private final AuditTrailReaders readers;

  CommunicationsController(
      JdbcTemplate jdbc,
      AuditVersions auditVersions,
      PersonalDataVault vault,
      AuditTrailReaders readers) {
    this.jdbc = jdbc;
    this.auditVersions = auditVersions;
    this.vault = vault;
    this.readers = readers;
  }

  @GetMapping("/api/projects/{projectId}/communications")
  @Operation(
      summary =
          "Every notification sent to the project's stakeholders, with its outcome: proof of communication (not for VIEWER)")
  ResponseEntity<Page> communications(
      @PathVariable UUID projectId,
      @RequestParam(required = false) UUID stakeholderId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) @Min(0) Long cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    readers.require(projectId, "the proof of communication");
    if (outcome != null && !outcome.equals("DELIVERED") && !outcome.equals("FAILED")) {
      throw new org.projectledger.platform.web.InvalidRequest(
          "outcome", "must be DELIVERED or FAILED");
    }
    long version =
        asOf == null
            ? auditVersions.settle(projectId, minVersion)
            : auditVersions.at(projectId, asOf);
    StringBuilder sql =
        new StringBuilder(
            "SELECT * FROM communication_entry WHERE project_id = ? AND global_position > ?");
    List<Object> arguments =
        new ArrayList<>(List.of(projectId, cursor == null ? StoredEvent.BEFORE_FIRST : cursor));
    if (stakeholderId != null) {
      sql.append(" AND stakeholder_id = ?");
      arguments.add(stakeholderId);
    }
    if (outcome != null) {
      sql.append(" AND outcome = ?");
      arguments.add(outcome);
    }
    if (asOf != null) {
      sql.append(" AND recorded_at <= ?");
      arguments.add(asOf.atOffset(ZoneOffset.UTC));
    }
    sql.append(" ORDER BY global_position LIMIT ?");
    arguments.add(limit + 1);
    List<Communication> found =
        jdbc.query(
            sql.toString(),
            (rs, row) -> {
              UUID key = rs.getObject("address_key", UUID.class);
              Optional<String> address =
                  key == null
                      ? Optional.empty()
                      : vault.openText(
                          new SealedPersonalData(
                              key,
                              rs.getString("address_nonce"),
                              rs.getString("address_ciphertext")));
              List<DeliveryAttempt> attempts = read(rs.getString("attempts"));
              String channel = rs.getString("channel");
              return new Communication(
                  rs.getObject("notification_id", UUID.class),
                  rs.getObject("stakeholder_id", UUID.class),
                  rs.getString("kind"),
                  channel,
                  address.map(text -> shown(channel, text)).orElse(null),
                  address.isEmpty(),
                  Arrays.stream(rs.getString("source_event_ids").split(","))
                      .filter(id -> !id.isEmpty())
                      .map(UUID::fromString)
                      .toList(),
                  rs.getString("source_event_type"),
                  rs.getString("subject"),
                  rs.getString("body_sha256"),
                  rs.getString("outcome"),
                  attempts.size(),
                  attempts,
                  rs.getObject("settled_at", OffsetDateTime.class).toInstant(),
                  rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                  rs.getLong("sequence"),
                  rs.getLong("global_position"));
            },
            arguments.toArray());
    Long next = null;
    if (found.size() > limit) {
      found = found.subList(0, limit);
      next = found.get(limit - 1).globalPosition();
    }
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(version))
        .body(new Page(List.copyOf(found), next));
  }

  private static List<DeliveryAttempt> read(String attempts) {
    try {
      return CommunicationsProjection.JSON.readValue(attempts, ATTEMPTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A webhook's URL without what often holds its secret: scheme, host and port, then "/…". */
  static String shown(String channel, String address) {
    if (!"WEBHOOK".equals(channel)) {
      return address;
    }
    try {
      java.net.URI uri = java.net.URI.create(address);
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
          + "/…";
    } catch (IllegalArgumentException e) {
      return "…";
    }
  }
}

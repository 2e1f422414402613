package org.projectledger.query.audit;

import java.util.OptionalLong;
import java.util.UUID;
import org.projectledger.query.consistency.ReadYourWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the audit trail has come for one project: the sequence number of its latest entry. The
 * reads built on the trail (audit, timelines, provenance) wait on it for {@code minVersion}.
 */
@Component
public class AuditVersions {

  private final JdbcTemplate jdbc;
  private final ReadYourWrites readYourWrites;

  AuditVersions(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
    this.jdbc = jdbc;
    this.readYourWrites = readYourWrites;
  }

  /** Waits where asked, then answers the version reached; -1 where the trail has no entry. */
  public long settle(UUID projectId, Long minVersion) {
    OptionalLong version =
        minVersion == null
            ? version(projectId)
            : readYourWrites.await(minVersion, () -> version(projectId));
    return version.orElse(-1);
  }

  /** The version the trail had reached at a past record time; -1 before the project existed. */
  public long at(UUID projectId, java.time.Instant asOf) {
    Long version =
        jdbc.queryForObject(
            "SELECT MAX(sequence) FROM audit_entry WHERE project_id = ? AND recorded_at <= ?",
            Long.class,
            projectId,
            asOf.atOffset(java.time.ZoneOffset.UTC));
    return version == null ? -1 : version;
  }

  private OptionalLong version(UUID projectId) {
    Long version =
        jdbc.queryForObject(
            "SELECT MAX(sequence) FROM audit_entry WHERE project_id = ?", Long.class, projectId);
    return version == null ? OptionalLong.empty() : OptionalLong.of(version);
  }
}

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

  private OptionalLong version(UUID projectId) {
    Long version =
        jdbc.queryForObject(
            "SELECT MAX(sequence) FROM audit_entry WHERE project_id = ?", Long.class, projectId);
    return version == null ? OptionalLong.empty() : OptionalLong.of(version);
  }
}

package org.projectledger.query.consistency;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version a project's read models have reached: one processing group keeps them all, so the
 * portfolio row's version speaks for every one of them. With {@code minVersion} the read first
 * waits, up to two seconds, for that version (API.md).
 */
@Component
public class ProjectReadGate {

  public static final String HEADER = "X-Projection-Version";

  private final JdbcTemplate jdbc;
  private final ReadYourWrites readYourWrites;

  ProjectReadGate(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
    this.jdbc = jdbc;
    this.readYourWrites = readYourWrites;
  }

  /** Waits where asked, then answers the version reached; -1 where the project is unknown. */
  public long settle(UUID projectId, Long minVersion) {
    OptionalLong version =
        minVersion == null
            ? version(projectId)
            : readYourWrites.await(minVersion, () -> version(projectId));
    return version.orElse(-1);
  }

  public OptionalLong version(UUID projectId) {
    List<Long> versions =
        jdbc.queryForList(
            "SELECT version FROM portfolio_project WHERE project_id = ?", Long.class, projectId);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }
}

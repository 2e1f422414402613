package org.projectledger.query.consistency;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  /** The answer to a read of a project the read models do not know: 404, version -1. */
  public static ResponseEntity<?> notFound(UUID projectId) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .header(HEADER, "-1")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));
  }

  public OptionalLong version(UUID projectId) {
    List<Long> versions =
        jdbc.queryForList(
            "SELECT version FROM portfolio_project WHERE project_id = ?", Long.class, projectId);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }
}

package org.projectledger.query.consistency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project's reads for today (dashboard, schedule), precomputed: the JSON answered is kept in
 * {@code project_read_cache} for the project's version and the day, so that while neither changes a
 * read is one indexed row. A kept answer is only ever served for the version it was computed at
 * (the portfolio row's version speaks for every read model of the group), so it cannot be stale;
 * one that cannot be written is computed again next time, and a rebuild empties the table.
 */
@Component
public class PrecomputedReads {

  private static final Logger LOG = LoggerFactory.getLogger(PrecomputedReads.class);

  /** What to answer: the project's version and the JSON of the view at that version. */
  public record Answer(long version, String json) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final TransactionTemplate snapshot;
  private final TransactionTemplate ownTransaction;

  PrecomputedReads(JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.json = json;
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The view of {@code kind} for the project on {@code statusDate}: kept if it was computed at the
   * project's current version for that day, else computed (in the same snapshot as the version was
   * read) and kept. Empty where the project is unknown.
   */
  public Optional<Answer> read(
      UUID projectId, String kind, LocalDate statusDate, Supplier<Optional<?>> compute) {
    // A kept answer is one statement, atomic by itself; only computing needs the snapshot.
    Computed computed = kept(projectId, kind, statusDate);
    if (computed == null || computed.fresh()) {
      computed = inSnapshot(() -> lookUp(projectId, kind, statusDate, compute));
    }
    if (computed == null) {
      return Optional.empty();
    }
    if (computed.fresh()) {
      keep(projectId, kind, statusDate, computed.answer());
    }
    return Optional.of(computed.answer());
  }

  /** Runs {@code work} in a read-only repeatable-read snapshot: what is computed to be kept. */
  public <T> T inSnapshot(Supplier<T> work) {
    return snapshot.execute(status -> work.get());
  }

  /**
   * Writes what a read computed, in a transaction of its own: a failure (two readers keeping the
   * same row at once) is logged and costs nothing but a recompute at the next read.
   */
  public void keep(String what, Runnable write) {
    try {
      ownTransaction.executeWithoutResult(status -> write.run());
    } catch (DataAccessException | TransactionException e) {
      LOG.debug("{} not kept; the next read computes it again", what, e);
    }
  }

  /** The HTTP answer of {@link #read}: the kept JSON with the project's version, or 404. */
  public static ResponseEntity<?> respond(Optional<Answer> answer, UUID projectId) {
    return answer
        .<ResponseEntity<?>>map(
            kept ->
                ResponseEntity.ok()
                    .header(ProjectReadGate.HEADER, String.valueOf(kept.version()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(kept.json()))
        .orElseGet(() -> ProjectReadGate.notFound(projectId));
  }

  private record Computed(Answer answer, boolean fresh) {}

  private Computed lookUp(
      UUID projectId, String kind, LocalDate statusDate, Supplier<Optional<?>> compute) {
    Computed kept = kept(projectId, kind, statusDate);
    if (kept == null || !kept.fresh()) {
      return kept;
    }
    Optional<?> view = compute.get();
    if (view.isEmpty()) {
      return null;
    }
    try {
      return new Computed(
          new Answer(kept.answer().version(), json.writeValueAsString(view.get())), true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A read model view could not be written as JSON", e);
    }
  }

  /**
   * The project's version and what is kept for it and the day (fresh: nothing is); null if unknown.
   */
  private Computed kept(UUID projectId, String kind, LocalDate statusDate) {
    List<Computed> kept =
        jdbc.query(
            "SELECT p.version, c.body FROM portfolio_project p LEFT JOIN project_read_cache c"
                + " ON c.project_id = p.project_id AND c.kind = ? AND c.version = p.version"
                + " AND c.status_date = ? WHERE p.project_id = ?",
            (rs, row) ->
                new Computed(new Answer(rs.getLong(1), rs.getString(2)), rs.getString(2) == null),
            kind,
            statusDate,
            projectId);
    return kept.isEmpty() ? null : kept.get(0);
  }

  private void keep(UUID projectId, String kind, LocalDate statusDate, Answer answer) {
    keep(
        "A precomputed " + kind,
        () -> {
          int updated =
              jdbc.update(
                  "UPDATE project_read_cache SET version = ?, status_date = ?, body = ?"
                      + " WHERE project_id = ? AND kind = ?",
                  answer.version(),
                  statusDate,
                  answer.json(),
                  projectId,
                  kind);
          if (updated == 0) {
            jdbc.update(
                "INSERT INTO project_read_cache (version, status_date, body, project_id, kind)"
                    + " VALUES (?, ?, ?, ?, ?)",
                answer.version(),
                statusDate,
                answer.json(),
                projectId,
                kind);
          }
        });
  }
}

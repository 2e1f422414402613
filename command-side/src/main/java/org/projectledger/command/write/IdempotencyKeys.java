package org.projectledger.command.write;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.projectledger.api.MetaDataKeys;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each write's first answer under its Idempotency-Key, in the transaction that appends the
 * write's events: either both are recorded or neither. It runs outside {@link AggregateVersions},
 * so the handler's result is already an {@link Outcome}, and it writes the row as the unit of work
 * prepares to commit, after the events have been given their sequence numbers.
 */
@Component
@Order(10)
class IdempotencyKeys implements MessageHandlerInterceptor<CommandMessage<?>> {

  /** A first answer as stored. */
  record Stored(String requestHash, Answer answer, long version) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Stored> find(String actor, String key) {
    List<Stored> found =
        jdbc.query(
            "SELECT request_hash, project_id, status_code, location, item_id, version"
                + " FROM idempotency_key WHERE actor = ? AND idempotency_key = ?",
            (rs, row) ->
                new Stored(
                    rs.getString("request_hash"),
                    new Answer(
                        rs.getInt("status_code"),
                        rs.getObject("project_id", UUID.class),
                        rs.getObject("item_id", UUID.class),
                        rs.getString("location")),
                    rs.getLong("version")),
            actor,
            key);
    return found.stream().findFirst();
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object result = chain.proceed();
    MetaData metaData = unitOfWork.getMessage().getMetaData();
    if (metaData.get(MetaDataKeys.IDEMPOTENCY_KEY) instanceof String key
        && result instanceof Outcome outcome) {
      unitOfWork.onPrepareCommit(
          done ->
              jdbc.update(
                  "INSERT INTO idempotency_key (actor, idempotency_key, request_hash, project_id,"
                      + " status_code, location, item_id, version, recorded_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  metaData.get(MetaDataKeys.ACTOR),
                  key,
                  metaData.get(WriteMetaData.REQUEST_HASH),
                  UUID.fromString(String.valueOf(metaData.get(WriteMetaData.ANSWER_PROJECT))),
                  metaData.get(WriteMetaData.ANSWER_STATUS),
                  metaData.get(WriteMetaData.ANSWER_LOCATION),
                  answerId(metaData),
                  outcome.version(),
                  Timestamp.from(clock.instant())));
    }
    return result;
  }

  private static UUID answerId(MetaData metaData) {
    Object id = metaData.get(WriteMetaData.ANSWER_ID);
    return id == null ? null : UUID.fromString(String.valueOf(id));
  }
}

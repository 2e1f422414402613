package org.projectledger.command.charter;

import java.sql.Timestamp;
import java.time.Clock;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.charter.CharterProject;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps project codes unique across the portfolio: a charter claims its code in the {@code
 * project_code} table inside the same transaction that appends {@code ProjectChartered}. If the
 * aggregate refuses, the claim rolls back with it; if two charters race for one code, the unique
 * key lets exactly one commit. Axon registers it on the command bus, inside the transaction.
 */
@Component
@Order(30)
class ProjectCodeClaims implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ProjectCodeClaims(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object result = chain.proceed();
    // After the aggregate has judged the charter: who may not charter learns nothing of codes.
    if (unitOfWork.getMessage().getPayload() instanceof CharterProject charter) {
      claim(charter);
    }
    return result;
  }

  private void claim(CharterProject charter) {
    Integer sameId =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM project_code WHERE project_id = ?",
            Integer.class,
            charter.projectId());
    if (sameId != null && sameId > 0) {
      throw new LedgerException(
          ErrorCode.DUPLICATE_ID, "A project with id " + charter.projectId() + " already exists.");
    }
    try {
      jdbc.update(
          "INSERT INTO project_code (code, project_id, claimed_at) VALUES (?, ?, ?)",
          charter.code(),
          charter.projectId(),
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException taken) {
      throw new LedgerException(
          ErrorCode.DUPLICATE_PROJECT_CODE,
          "Project code " + charter.code() + " is already in use in the portfolio.");
    }
  }
}

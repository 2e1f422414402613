package org.projectledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * When PostgreSQL goes away, a write answered 503 recorded nothing — unless the connection broke
 * while the transaction was being committed: then the commit may have reached the store, and the
 * answer says the outcome is unknown ({@code X-Ledger-Outcome: unknown}). Both cases produced on a
 * real PostgreSQL with Spring's own transaction manager.
 */
class CommitOutcomeTest {

  @Test
  void aConnectionKilledBeforeTheCommitIsAFailureDuringTheCommit() throws Exception {
    String url = TestPostgres.server().createDatabase();
    DataSource dataSource = TestPostgres.server().dataSource(url);
    new JdbcTemplate(dataSource).execute("CREATE TABLE written (id INTEGER)");
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    TransactionStatus status = transactions.getTransaction(new DefaultTransactionDefinition());
    JdbcTemplate inTransaction = new JdbcTemplate(dataSource);
    inTransaction.update("INSERT INTO written VALUES (1)");
    Integer backend = inTransaction.queryForObject("SELECT pg_backend_pid()", Integer.class);
    try (Connection other = TestPostgres.server().connect(url);
        Statement sql = other.createStatement()) {
      sql.execute("SELECT pg_terminate_backend(" + backend + ")");
    }

    Throwable failure = catchThrowable(() -> transactions.commit(status));

    assertThat(failure).isNotNull();
    assertThat(ProblemAnswers.storeUnreachable(failure)).isTrue();
    assertThat(ProblemAnswers.duringCommit(failure)).isTrue();
  }

  @Test
  void aStoreThatCannotBeReachedAtAllFailsBeforeAnyCommit() {
    DriverManagerDataSource nowhere =
        new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "nobody", "");
    Throwable failure =
        catchThrowable(
            () ->
                new DataSourceTransactionManager(nowhere)
                    .getTransaction(new DefaultTransactionDefinition()));

    assertThat(ProblemAnswers.storeUnreachable(failure)).isTrue();
    assertThat(ProblemAnswers.duringCommit(failure)).isFalse();
  }
}

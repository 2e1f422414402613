package org.projectledger.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectledger.platform.testing.TestPostgres;

class EventStoreMigrationTest {

  @Test
  void theEventStoreMigrationRunsOnPostgresAndHandsOutGlobalIndexesOneByOne() throws SQLException {
    PGSimpleDataSource dataSource = TestPostgres.server().freshDataSource();

    Flyway flyway = Migrations.flyway(dataSource, "event-store");
    assertThat(flyway.migrate().migrationsExecuted).isPositive();

    try (Connection connection = dataSource.getConnection()) {
      assertThat(appendThree(connection)).containsExactly(1L, 2L, 3L);
      assertThat(columnType(connection, "domainevententry", "payload")).isEqualTo("bytea");
    }
  }

  @Test
  void theEventStoreMigrationRunsOnTheEmbeddedH2(@TempDir Path directory) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + directory.resolve("ledger")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    dataSource.setUser("sa");

    Flyway flyway = Migrations.flyway(dataSource, "event-store");
    assertThat(flyway.migrate().migrationsExecuted).isPositive();

    try (Connection connection = dataSource.getConnection()) {
      assertThat(appendThree(connection)).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void aSecondOwnerMigratesBesideTheFirstInTheSameSchema() throws SQLException {
    PGSimpleDataSource dataSource = TestPostgres.server().freshDataSource();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE someone_elses (id INTEGER)");
    }

    assertThat(Migrations.flyway(dataSource, "event-store").migrate().migrationsExecuted)
        .isPositive();
    assertThat(Migrations.flyway(dataSource, "event-store").migrate().migrationsExecuted).isZero();
  }

  private static List<Long> appendThree(Connection connection) throws SQLException {
    List<Long> indexes = new ArrayList<>();
    for (int sequence = 0; sequence < 3; sequence++) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type,"
                  + " eventidentifier, payload, payloadtype, timestamp)"
                  + " VALUES ('a', ?, 'Project', ?, ?, 'T', '2026-01-01T00:00:00Z')",
              new String[] {"globalindex"})) {
        insert.setLong(1, sequence);
        insert.setString(2, "event-" + sequence);
        insert.setBytes(3, "{}".getBytes());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          indexes.add(keys.getLong(1));
        }
      }
    }
    return indexes;
  }

  private static String columnType(Connection connection, String table, String column)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT data_type FROM information_schema.columns WHERE table_name = ? AND column_name = ?")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}

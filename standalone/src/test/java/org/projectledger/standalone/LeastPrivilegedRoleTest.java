package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Security review, finding 11, and ARCHITECTURE.md's database roles: Flyway migrates as the
 * database's owner, the service runs as a role that owns nothing. That role records, links,
 * rebuilds read models and reads everything, but cannot update, delete or truncate an event or a
 * link of the chain: whoever holds the service's credentials cannot rewrite history. The owner
 * still can, which is why tampering tests and the bench use it.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class LeastPrivilegedRoleTest {

  private static final String ROLE = "ledger_service_test";
  private static final String ROLE_PASSWORD = "service-secret";
  private static String url;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestUsers.register(registry);
    TestPostgres server = TestPostgres.server();
    url = server.createDatabase();
    try (Connection owner = server.connect(url);
        Statement sql = owner.createStatement()) {
      // Roles belong to the server, not to the test's database: made once, kept.
      sql.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + ROLE
              + "') THEN CREATE ROLE "
              + ROLE
              + "; END IF; END $$");
      sql.execute(
          "ALTER ROLE "
              + ROLE
              + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
              + ROLE_PASSWORD
              + "'");
    }
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> ROLE);
    registry.add("spring.datasource.password", () -> ROLE_PASSWORD);
    registry.add("spring.flyway.user", server::user);
    registry.add("spring.flyway.password", server::password);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theServiceRecordsAsARoleThatCannotRewriteHistory() throws SQLException {
    assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(ROLE);

    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-ROLE-1");
    String line = script.budgetLine("LABOUR", "1000");
    assertThat(line).isNotBlank();
    await().atMost(Duration.ofSeconds(30)).until(() -> digestPosition(http) >= 2);
    // A read model is rebuilt as this role: its rows may be deleted and written again.
    assertThat(http.post("admin", "secret", "/api/admin/projections/audit/replay", "").status())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("auditor", "secret", "/api/audit?limit=10").json().get("entries").size()
                    >= 2);

    try (Connection service = DriverManager.getConnection(url, ROLE, ROLE_PASSWORD);
        Statement sql = service.createStatement()) {
      assertThat(count(sql, "SELECT COUNT(*) FROM domainevententry")).isGreaterThanOrEqualTo(2);
      assertThat(count(sql, "SELECT COUNT(*) FROM ledger_chain")).isGreaterThanOrEqualTo(2);
      for (String rewrite :
          new String[] {
            "UPDATE domainevententry SET payload = payload WHERE globalindex = 1",
            "DELETE FROM domainevententry WHERE globalindex = 1",
            "TRUNCATE domainevententry",
            "UPDATE ledger_chain SET hash = hash WHERE global_position = 1",
            "DELETE FROM ledger_chain WHERE global_position = 1",
            "TRUNCATE ledger_chain",
            "TRUNCATE audit_entry",
            "DELETE FROM flyway_history_event_store",
            "DROP TABLE ledger_chain"
          }) {
        assertThatThrownBy(() -> sql.execute(rewrite))
            .as(rewrite)
            .isInstanceOf(SQLException.class)
            .satisfies(
                refused ->
                    assertThat(((SQLException) refused).getSQLState())
                        .as(rewrite + ": " + refused.getMessage())
                        .isIn("42501", "42P01"));
      }
    }
    // Nothing was lost, and the chain still verifies.
    JsonNode verification = http.get("auditor", "secret", "/api/ledger/verify").json();
    assertThat(verification.get("ok").asBoolean()).isTrue();

    // The owner can, which is why tests that tamper, and the bench, connect as the owner.
    try (Connection owner = TestPostgres.server().connect(url);
        Statement sql = owner.createStatement()) {
      assertThat(sql.executeUpdate("UPDATE ledger_chain SET hash = hash WHERE global_position = 1"))
          .isEqualTo(1);
    }
  }

  private static long digestPosition(LedgerHttp http) {
    LedgerHttp.Answer digest = http.get("auditor", "secret", "/api/ledger/digest");
    return digest.status() == 200 ? digest.json().get("position").asLong() : -1;
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (var rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

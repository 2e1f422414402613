package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After the project tables are rebuilt (their replay clears the portfolio's kept figures with
 * them), the node makes every project's figures of the day current once the rebuild has caught up,
 * without waiting for the day's hour or for a reader: the first reader sorting the portfolio by a
 * figure does not compute the whole portfolio while it waits.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ledger.portfolio.figures-poll-interval=200ms",
      "ledger.tolerance-check.enabled=false"
    })
@ActiveProfiles("postgres")
@DirtiesContext
@Import(MovableClock.AsTheClock.class)
class FiguresAfterARebuildTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired MovableClock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyProjectsFiguresAreMadeCurrentOnceTheRebuildHasCaughtUp() throws Exception {
    LocalDate today = LocalDate.now(clock);
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript planned = ProjectScript.charter(http, "REBUILT-1");
    String line = planned.budgetLine("LABOUR", "1000");
    String work = planned.workPackage("Build", "2026-01-01", "2026-12-31", "1000");
    long version = planned.cost(line, work, "100", "2026-02-01").json().get("version").asLong();
    ProjectScript.charter(http, "REBUILT-2");
    planned.awaitRead("/dashboard", view -> view.get("version").asLong() >= version);
    await().until(() -> count("SELECT COUNT(*) FROM portfolio_project") == 2);

    assertThat(
            http.post(
                    "admin",
                    "secret",
                    "/api/admin/projections/projects/replay",
                    "application/json",
                    "")
                .status())
        .isEqualTo(202);

    // No one reads the portfolio, and the day's own run has passed or is hours away.
    await().atMost(Duration.ofSeconds(30)).until(() -> current(today) == 2);
  }

  /** How many projects have figures kept for the day and their version now. */
  private long current(LocalDate day) {
    return count(
        "SELECT COUNT(*) FROM portfolio_project p JOIN portfolio_figures f ON f.project_id ="
            + " p.project_id AND f.version = p.version AND f.status_date = DATE '"
            + day
            + "'");
  }

  private long count(String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }
}

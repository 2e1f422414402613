package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Every project's figures of a new day are made current once that day reaches {@code
 * ledger.portfolio.figures-at}, and after the project tables are rebuilt once the rebuild has
 * caught up, before anyone sorts the portfolio by them: the first reader does not wait for the
 * whole portfolio's figures. Each test counts its own projects (by their codes): they share one
 * store.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ledger.portfolio.figures-at=06:30",
      "ledger.portfolio.figures-poll-interval=200ms",
      "ledger.tolerance-check.enabled=false"
    })
@ActiveProfiles("postgres")
@DirtiesContext
@Import(MovableClock.AsTheClock.class)
class FiguresOfTheDayTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired MovableClock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theNextDaysFiguresOfEveryProjectAreKeptOnceItsHourHasCome() throws Exception {
    twoProjects("DAY-");

    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    clock.setTo(tomorrow.atTime(6, 0).toInstant(ZoneOffset.UTC));
    // Not before its hour: five polls pass without a figure of that day.
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> current("DAY-", tomorrow) == 0);

    clock.setTo(tomorrow.atTime(6, 31).toInstant(ZoneOffset.UTC));
    await().atMost(Duration.ofSeconds(20)).until(() -> current("DAY-", tomorrow) == 2);
  }

  @Test
  void afterTheProjectTablesAreRebuiltTheirFiguresAreMadeCurrentWithoutAReader() throws Exception {
    LedgerHttp http = twoProjects("REBUILT-");

    // The replay clears the project tables and the kept figures before it answers.
    assertThat(ServiceProcesses.replay(http, "projects").status()).isEqualTo(202);
    LocalDate today = LocalDate.now(clock);
    // No one reads the portfolio, and the day's own run has passed or is hours away.
    await().atMost(Duration.ofSeconds(30)).until(() -> current("REBUILT-", today) == 2);
  }

  /** Two projects coded {@code codes}1 and 2, one with a plan and a cost, in the read models. */
  private LedgerHttp twoProjects(String codes) throws InterruptedException {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript planned = ProjectScript.charter(http, codes + "1");
    String line = planned.budgetLine("LABOUR", "1000");
    String work = planned.workPackage("Build", "2026-01-01", "2026-12-31", "1000");
    long version = planned.cost(line, work, "100", "2026-02-01").json().get("version").asLong();
    ProjectScript.charter(http, codes + "2");
    planned.awaitRead("/dashboard", view -> view.get("version").asLong() >= version);
    await().until(() -> projects(codes) == 2);
    return http;
  }

  private long projects(String codes) {
    return count("SELECT COUNT(*) FROM portfolio_project WHERE code LIKE '" + codes + "%'");
  }

  /** How many of the projects have figures kept for the day and their version now. */
  private long current(String codes, LocalDate day) {
    return count(
        "SELECT COUNT(*) FROM portfolio_project p JOIN portfolio_figures f ON f.project_id ="
            + " p.project_id AND f.version = p.version AND f.status_date = DATE '"
            + day
            + "' WHERE p.code LIKE '"
            + codes
            + "%'");
  }

  private long count(String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The ledger's daily tolerance check (DOMAIN.md, second edition): a cost dated ahead counts from
 * its day on, so the check run on that day — at {@code ledger.tolerance-check-at}, by the ledger
 * itself, through the ordinary command path — raises the breach no command raised. The service's
 * clock is moved by the test.
 */
class DailyToleranceCheckTest {

  /** The clock every part of the service is handed (primary over the system clock). */
  static final class Wiring {
    @Bean
    @Primary
    MovableClock movedByTheTest() {
      MovableClock clock = new MovableClock();
      clock.setTo(Instant.parse("2026-03-01T07:00:00Z"));
      return clock;
    }
  }

  private static ConfigurableApplicationContext service;
  private static LedgerHttp http;

  @BeforeAll
  static void start() {
    service =
        InProcessServices.start(
            List.of(Wiring.class), "ledger.tolerance-check.poll-interval=PT0.2S");
    http = InProcessServices.http(service);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void onTheDayACostDatedAheadFallsDueTheLedgerRaisesTheBreach() {
    ProjectScript project = ProjectScript.charter(http, "CHECK-1");
    String line = project.budgetLine("LABOUR", "100000");
    String design = project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");
    assertThat(project.baseline().status()).isEqualTo(200);
    assertThat(project.progress(design, 50, "2026-02-14").status()).isEqualTo(200);
    // On 1 March the invoice of 5 March is no actual yet: EV 5,000, AC 0, within tolerance.
    LedgerHttp.Answer cost = project.cost(line, design, "6000", "2026-03-05");
    assertThat(cost.status()).isEqualTo(201);
    assertThat(breaches(project)).isEmpty();

    // On 6 March at 07:00 (after the 06:00 check time) it is: CPI 0.833, EAC 12,000 > 11,000.
    service.getBean(MovableClock.class).setTo(Instant.parse("2026-03-06T07:00:00Z"));

    JsonNode breach =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> breaches(project), found -> found.size() == 1)
            .get(0);
    assertThat(breach.get("actor").asText()).isEqualTo("ledger:tolerances");
    assertThat(breach.get("summary").asText())
        .contains("COST tolerance breached", "12000.00", "11000.00");
  }

  private static JsonNode breaches(ProjectScript project) {
    return http.get("auditor", "secret", project.project + "/audit?type=ToleranceBreached")
        .json()
        .get("entries");
  }
}

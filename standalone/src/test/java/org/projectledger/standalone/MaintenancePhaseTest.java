package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The maintenance phase over HTTP on PostgreSQL: hand-over is refused while work is incomplete
 * (WORK_INCOMPLETE), accepted when it is complete and signed by the sponsor; maintenance is
 * recorded only in maintenance (NOT_IN_MAINTENANCE), booked against MAINTENANCE lines; the
 * portfolio shows the phase and the dashboard the maintenance budget, spend and log — and, as of
 * before the hand-over, none of it.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class MaintenancePhaseTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  private static final String ACTIVITY =
      """
      {"kind":"PATCH","performedOn":"2026-07-02","description":"Security patch 4.2.1",
       "outcome":"Applied, no downtime","budgetLineId":"%s","cost":850.00}
      """;

  @Test
  void handOverNeedsCompleteWorkAndMaintenanceIsRecordedOnlyAfterIt() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-RUN-1");
    String labour = script.budgetLine("LABOUR", "100000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    // The run budget is part of the plan the sponsor baselines: after it, a new line would need a
    // change request (OPEN_BUDGET_LINE).
    String run = script.budgetLine("MAINTENANCE", "5000");
    assertThat(script.baseline().status()).isEqualTo(200);
    assertThat(script.progress(design, 50, "2026-02-15").status()).isEqualTo(200);

    assertRefused(
        script.post("manager", "/maintenance-activities", ACTIVITY.formatted(run)),
        409,
        "NOT_IN_MAINTENANCE");
    Answer incomplete = handOver(script, "sponsor", "secret");
    assertRefused(incomplete, 409, "WORK_INCOMPLETE");
    assertThat(incomplete.json().get("detail").asText()).contains("\"Design\" (50%)");

    assertThat(script.progress(design, 100, "2026-02-28").status()).isEqualTo(200);
    assertRefused(handOver(script, "manager", "secret"), 403, "FORBIDDEN");
    assertRefused(handOver(script, "sponsor", "wrong"), 403, "SIGNATURE_INVALID");
    Instant beforeHandOver = Instant.now();
    Thread.sleep(20);
    Answer handedOver = handOver(script, "sponsor", "secret");
    assertThat(handedOver.status()).as(handedOver.raw().body()).isEqualTo(200);
    long version = handedOver.json().get("version").asLong();
    assertRefused(handOver(script, "sponsor", "secret"), 409, "ALREADY_IN_MAINTENANCE");

    assertRefused(
        script.post("manager", "/maintenance-activities", ACTIVITY.formatted(labour)),
        400,
        "VALIDATION_FAILED");
    Answer recorded = script.post("manager", "/maintenance-activities", ACTIVITY.formatted(run));
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
    long last = recorded.json().get("version").asLong();
    assertThat(last).isEqualTo(version + 1);

    JsonNode project = http.get("pmo", "secret", script.project + "?minVersion=" + last).json();
    assertThat(project.get("state").asText()).isEqualTo("IN_MAINTENANCE");
    JsonNode portfolio = http.get("pmo", "secret", "/api/projects").json();
    assertThat(portfolio.toString()).contains("\"state\":\"IN_MAINTENANCE\"");

    JsonNode dashboard =
        http.get(
                "sponsor",
                "secret",
                script.project + "/dashboard?statusDate=2026-07-31&minVersion=" + last)
            .json();
    assertThat(dashboard.get("state").asText()).isEqualTo("IN_MAINTENANCE");
    JsonNode maintenance = dashboard.get("maintenance");
    assertThat(maintenance.get("budget").decimalValue()).isEqualByComparingTo("5000.00");
    assertThat(maintenance.get("spent").decimalValue()).isEqualByComparingTo("850.00");
    assertThat(maintenance.get("remaining").decimalValue()).isEqualByComparingTo("4150.00");
    assertThat(maintenance.get("activities")).hasSize(1);
    assertThat(maintenance.get("activities").get(0).get("kind").asText()).isEqualTo("PATCH");
    assertThat(maintenance.get("activities").get(0).get("recordedBy").asText())
        .isEqualTo("manager");
    // Maintenance spend shows on its line, never in the delivery's actual cost.
    for (JsonNode line : dashboard.get("budgetByLine")) {
      if (line.get("budgetLineId").asText().equals(run)) {
        assertThat(line.get("actual").decimalValue()).isEqualByComparingTo("850.00");
      }
    }
    assertThat(dashboard.get("earnedValue").get("ac").decimalValue()).isEqualByComparingTo("0");

    JsonNode before =
        http.get(
                "sponsor",
                "secret",
                script.project + "/dashboard?statusDate=2026-07-31&asOf=" + beforeHandOver)
            .json();
    assertThat(before.get("state").asText()).isEqualTo("EXECUTING");
    assertThat(before.get("maintenance").get("activities")).isEmpty();
  }

  private static Answer handOver(ProjectScript script, String user, String password) {
    return script.post(
        user,
        "/handover",
        "{\"note\":\"Accepted by operations\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"%s\"}"
            .formatted(password));
  }

  private static void assertRefused(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
    assertThat(answer.json().get("code").asText()).isEqualTo(code);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Corrections over real HTTP on PostgreSQL (DOMAIN.md, second edition): a reversed cost leaves the
 * figures from the reversal on, stays listed with what reversed it, shows in the audit trail as a
 * pair with the entry it corrects, and a read as of an earlier instant still shows it.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class CorrectionsOnPostgresTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aReversedCostLeavesTheFiguresAndTheTrailShowsTheReversalBesideTheCost() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "CORRECT-1");
    String line = project.budgetLine("LABOUR", "100000");
    String design = project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");
    assertThat(project.baseline().status()).isEqualTo(200);
    LedgerHttp.Answer recorded = project.cost(line, design, "5400", "2026-02-10");
    assertThat(recorded.status()).isEqualTo(201);
    String costId = recorded.json().get("id").asText();
    Instant beforeReversal = Instant.now();
    await().until(() -> Instant.now().isAfter(beforeReversal.plusMillis(5)));

    LedgerHttp.Answer noReason =
        project.post("manager", "/costs/" + costId + "/reversal", "{\"reason\":\"\"}");
    assertThat(noReason.status()).isEqualTo(400);
    LedgerHttp.Answer reversed =
        project.post("manager", "/costs/" + costId + "/reversal", "{\"reason\":\"Booked twice\"}");
    assertThat(reversed.status()).as(reversed.raw().body()).isEqualTo(200);
    long version = reversed.json().get("version").asLong();
    LedgerHttp.Answer again =
        project.post("manager", "/costs/" + costId + "/reversal", "{\"reason\":\"Again\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("ALREADY_REVERSED");

    JsonNode dashboard = read(http, project.project + "/dashboard?minVersion=" + version);
    assertThat(dashboard.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("0");
    JsonNode before = read(http, project.project + "/dashboard?asOf=" + beforeReversal);
    assertThat(before.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("5400");

    JsonNode cost = read(http, project.project + "?minVersion=" + version).at("/costs/0");
    assertThat(cost.get("costId").asText()).isEqualTo(costId);
    assertThat(cost.get("amount").decimalValue()).isEqualByComparingTo("5400");
    assertThat(cost.get("reversedBy").isNull()).isFalse();

    JsonNode trail =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> read(http, project.project + "/audit?type=CostReversed").get("entries"),
                entries -> entries.size() == 1);
    JsonNode reversal = trail.get(0);
    JsonNode original = read(http, project.project + "/audit?type=CostRecorded").at("/entries/0");
    assertThat(reversal.get("eventId").asText()).isEqualTo(cost.get("reversedBy").asText());
    assertThat(reversal.at("/corrects/eventId").asText())
        .isEqualTo(original.get("eventId").asText());
    assertThat(reversal.at("/corrects/globalPosition").asLong())
        .isEqualTo(original.get("globalPosition").asLong());
    assertThat(reversal.get("reason").asText()).isEqualTo("Booked twice");
    assertThat(original.get("corrects").isNull()).isTrue();
  }

  @Test
  void theSponsorAmendsTheCharterAndThePmoHandsTheManagersPartOn() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "AMEND-1");
    String line = project.budgetLine("LABOUR", "100000");
    String design = project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");

    LedgerHttp.Answer amended =
        project.post(
            "sponsor",
            "/charter-amendments",
            """
            {"name":"Ledger rollout, phase one","plannedFinish":"2027-03-31",
             "tolerances":{"scheduleDays":20,"costPercent":8},
             "reason":"Steering board","signatureMeaning":"APPROVAL","password":"secret"}
            """);
    assertThat(amended.status()).as(amended.raw().body()).isEqualTo(200);
    LedgerHttp.Answer tooShort =
        project.post(
            "sponsor",
            "/charter-amendments",
            """
            {"plannedFinish":"2026-02-15","reason":"Shorter","signatureMeaning":"APPROVAL","password":"secret"}
            """);
    assertThat(tooShort.status()).isEqualTo(409);
    assertThat(tooShort.json().get("code").asText()).isEqualTo("INVALID_DATES");

    LedgerHttp.Answer reassigned =
        project.post(
            "pmo",
            "/role-reassignments",
            """
            {"role":"MANAGER","to":"sam","reason":"Parental leave",
             "signatureMeaning":"RESPONSIBILITY","password":"secret"}
            """);
    assertThat(reassigned.status()).as(reassigned.raw().body()).isEqualTo(200);
    long version = reassigned.json().get("version").asLong();

    JsonNode read = read(http, project.project + "?minVersion=" + version);
    assertThat(read.get("name").asText()).isEqualTo("Ledger rollout, phase one");
    assertThat(read.get("plannedFinish").asText()).isEqualTo("2027-03-31");
    assertThat(read.at("/tolerances/scheduleDays").asInt()).isEqualTo(20);
    assertThat(read.get("manager").asText()).isEqualTo("sam");
    LedgerHttp.Answer formerManager = project.cost(line, design, "100", "2026-02-10");
    assertThat(formerManager.status()).isEqualTo(403);
    LedgerHttp.Answer newManager =
        http.post(
            "sam",
            "secret",
            project.project + "/costs",
            "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":100,\"incurredOn\":\"2026-02-10\",\"reference\":\"INV-2\"}"
                .formatted(line, design));
    assertThat(newManager.status()).as(newManager.raw().body()).isEqualTo(201);

    JsonNode trail =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    read(http, project.project + "/audit?type=ProjectRoleReassigned")
                        .get("entries"),
                entries -> entries.size() == 1);
    assertThat(trail.at("/0/summary").asText())
        .contains("Reassigned the manager from manager to sam", "RESPONSIBILITY");
  }

  private static JsonNode read(LedgerHttp http, String path) {
    LedgerHttp.Answer answer = http.get("auditor", "secret", path);
    assertThat(answer.status()).as(path + " " + answer.raw().body()).isEqualTo(200);
    return answer.json();
  }
}

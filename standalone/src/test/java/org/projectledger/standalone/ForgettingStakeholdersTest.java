package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * Crypto-shredding: after ForgetStakeholder the person's name and e-mail appear nowhere — not in
 * the project page, the audit trail or the export — and the ledger still verifies, because the
 * stored bytes never changed.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class ForgettingStakeholdersTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aForgottenStakeholdersNameAndEmailAreReadableNowhereAndTheLedgerStillVerifies()
      throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    String project =
        "/api/projects/"
            + http.post(
                    "pmo",
                    "secret",
                    "/api/projects",
                    """
                    {"code":"PRJ-GDPR-1","name":"Erasure","sponsor":"sponsor","manager":"manager","currency":"EUR",
                     "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
                    """)
                .json()
                .get("projectId")
                .asText();
    String stakeholder =
        http.post(
                "pmo",
                "secret",
                project + "/stakeholders",
                "{\"name\":\"Grace Hopper\",\"email\":\"grace@example.org\",\"role\":\"CIO\",\"interests\":[\"RISK\"]}")
            .json()
            .get("id")
            .asText();
    assertThat(http.get("pmo", "secret", project + "?minVersion=1").raw().body())
        .contains("Grace Hopper");

    HttpResponse<String> forgotten =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + project
                                + "/stakeholders/"
                                + stakeholder
                                + "/personal-data"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("pmo:secret".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method(
                        "DELETE",
                        HttpRequest.BodyPublishers.ofString("{\"reason\":\"Erasure request\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(forgotten.statusCode()).as(forgotten.body()).isEqualTo(200);

    Answer page = http.get("pmo", "secret", project + "?minVersion=2");
    JsonNode person = page.json().get("stakeholders").get(0);
    assertThat(person.get("forgotten").asBoolean()).isTrue();
    assertThat(person.get("name").isNull()).isTrue();
    String audit = http.get("auditor", "secret", project + "/audit?minVersion=2").raw().body();
    assertThat(audit).contains("Forgot a stakeholder");
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Answer digest = http.get("auditor", "secret", "/api/ledger/digest");
      if (digest.status() == 200 && digest.json().get("position").asLong() >= 3) {
        break;
      }
      Thread.sleep(50);
    }
    String export = http.get("auditor", "secret", "/api/ledger/export").raw().body();
    StringBuilder decoded = new StringBuilder();
    for (String line : export.split("\n")) {
      JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      decoded.append(
          new String(
              Base64.getDecoder().decode(event.get("payload").asText()), StandardCharsets.UTF_8));
    }
    for (String text : new String[] {page.raw().body(), audit, export, decoded.toString()}) {
      assertThat(text).doesNotContain("Grace", "Hopper", "grace@example.org");
    }
    assertThat(http.get("auditor", "secret", "/api/ledger/verify").json().get("ok").asBoolean())
        .isTrue();
  }

  @Test
  void theReasonForForgettingComesAsAParameterOrInABodyAndIsRequired() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "PRJ-GDPR-2");
    String first = project.stakeholder("Ada Lovelace", "ada@example.org", "CFO", "\"RISK\"");
    String second = project.stakeholder("Alan Turing", "alan@example.org", "CTO", "\"RISK\"");

    Answer withoutReason =
        http.delete(
            "pmo", "secret", project.project + "/stakeholders/" + second + "/personal-data");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");

    Answer byParameter =
        http.delete(
            "pmo",
            "secret",
            project.project
                + "/stakeholders/"
                + first
                + "/personal-data?reason=Erasure%20request%202026-11");
    assertThat(byParameter.status()).as(byParameter.raw().body()).isEqualTo(200);
    JsonNode forgotten =
        http.get(
                "pmo",
                "secret",
                project.project + "?minVersion=" + byParameter.json().get("version").asLong())
            .json()
            .get("stakeholders");
    boolean firstForgotten = false;
    for (JsonNode stakeholder : forgotten) {
      if (stakeholder.get("stakeholderId").asText().equals(first)) {
        firstForgotten = stakeholder.get("forgotten").asBoolean();
      } else {
        assertThat(stakeholder.get("forgotten").asBoolean()).isFalse();
      }
    }
    assertThat(firstForgotten).isTrue();
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.WebhookReceiver.Received;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhook notifications against a local HTTP receiver, on PostgreSQL: the signature verifies with
 * the shared secret; a receiver failing twice and then answering gets the same message three times
 * and the ledger records exactly one StakeholderNotified, with the three tries; a receiver that
 * never answers yields NotificationFailed after the configured tries.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ledger.communications.poll-interval=PT0.1S",
      "ledger.communications.max-attempts=3",
      "ledger.communications.initial-backoff=PT0.2S",
      "ledger.communications.webhook-timeout=PT0.5S",
      "ledger.communications.webhook-secret=" + CommunicationsByWebhookTest.SECRET
    })
@ActiveProfiles("postgres")
@DirtiesContext
class CommunicationsByWebhookTest {

  static final String SECRET = "whsec-test-4f1c9a";
  static final WebhookReceiver RECEIVER = new WebhookReceiver();
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    // The test's receiver listens on this machine: allowed by address and port only, so that
    // the same receiver under another name is an internal address nobody allowed.
    registry.add(
        "ledger.communications.webhook-allowed-hosts", () -> "127.0.0.1:" + RECEIVER.port());
  }

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  @LocalServerPort int port;

  @Test
  void aReceiverThatFailsTwiceThenAnswersIsNotifiedOnceWithEveryTryRecorded() throws Exception {
    RECEIVER.script("/flaky", request -> request <= 2 ? 500 : 204);
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-HOOK-1");
    String pmo = script.stakeholder("Portfolio Office", "pmo@example.org", "PMO", "\"SCHEDULE\"");
    script.budgetLine("LABOUR", "100000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    script.communicationPlan(pmo, "WEBHOOK", RECEIVER.url("/flaky"), "ON_EVENT");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                new LedgerHttp(port).get("auditor", "secret", "/api/ledger/digest").status()
                    == 200);
    assertThat(script.reschedule(design, "2026-02-03", "2026-03-02", "Late start").status())
        .isEqualTo(200);

    JsonNode proof =
        script.awaitRead("/communications", page -> page.get("communications").size() == 1);
    JsonNode sent = proof.get("communications").get(0);
    assertThat(sent.get("outcome").asText()).isEqualTo("DELIVERED");
    assertThat(sent.get("tries").asInt()).isEqualTo(3);
    assertThat(sent.get("attempts").findValuesAsText("outcome"))
        .containsExactly("HTTP 500", "HTTP 500", "HTTP 204");
    // Security review, finding 6: a webhook's path and query often hold its secret; the proof
    // shows the receiver's host only.
    assertThat(sent.get("address").asText()).isEqualTo(RECEIVER.url("/…"));

    List<Received> requests = RECEIVER.on("/flaky");
    assertThat(requests).hasSize(3);
    for (Received request : requests) {
      // The signature is the HMAC-SHA256 of "<timestamp>.<body>" under the shared secret.
      assertThat(request.signature())
          .isEqualTo("sha256=" + hmac(SECRET, request.timestamp() + "." + request.body()));
      assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(request.timestamp())))
          .isLessThan(60);
      assertThat(request.notification()).isEqualTo(sent.get("notificationId").asText());
      assertThat(request.body()).isEqualTo(requests.get(0).body());
    }
    assertThat(hmac("another secret", requests.get(0).timestamp() + "." + requests.get(0).body()))
        .isNotEqualTo(requests.get(0).signature().substring("sha256=".length()));
    assertThat(sent.get("bodySha256").asText()).isEqualTo(sha256(requests.get(0).body()));
    JsonNode body = JSON.readTree(requests.get(0).body());
    assertThat(body.get("projectCode").asText()).isEqualTo("PRJ-HOOK-1");
    assertThat(body.get("events").get(0).get("type").asText()).isEqualTo("WorkPackageRescheduled");
    assertThat(body.get("events").get(0).get("reason").asText()).isEqualTo("Late start");
    // Security review, finding 11: every webhook carries the ledger's head, signed, for the
    // receiver to keep; the ledger's public key checks it.
    SignedHead head = JSON.treeToValue(body.get("ledgerHead"), SignedHead.class);
    assertThat(head.position()).isPositive();
    assertThat(head.signedBy(SignedHead.publicKey(TestUsers.CHAIN_PUBLIC_KEY))).isTrue();

    // Exactly one StakeholderNotified in the ledger, and nothing more is sent.
    Thread.sleep(1_000);
    assertThat(RECEIVER.on("/flaky")).hasSize(3);
    assertThat(
            script.awaitRead("/audit?type=StakeholderNotified", page -> true).get("entries").size())
        .isEqualTo(1);
  }

  @Test
  void aReceiverThatNeverAnswersYieldsNotificationFailedAfterTheConfiguredTries() throws Exception {
    RECEIVER.script("/silent", request -> -2_000);
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-HOOK-2");
    String cfo = script.stakeholder("Finance", "cfo@example.org", "CFO", "\"RISK\"");
    script.communicationPlan(cfo, "WEBHOOK", RECEIVER.url("/silent"), "ON_EVENT");
    assertThat(
            script
                .post(
                    "manager",
                    "/risks",
                    "{\"title\":\"Key supplier insolvent\",\"probability\":2,\"impact\":5,\"owner\":\"manager\"}")
                .status())
        .isEqualTo(201);

    JsonNode proof =
        script.awaitRead("/communications", page -> page.get("communications").size() == 1);
    JsonNode failed = proof.get("communications").get(0);
    assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.get("tries").asInt()).isEqualTo(3);
    assertThat(failed.get("attempts").findValuesAsText("outcome"))
        .containsOnly("no answer within PT0.5S");
    assertThat(failed.get("sourceEventType").asText()).isEqualTo("RiskLogged");
    assertThat(
            script
                .awaitRead(
                    "/audit?type=NotificationFailed", page -> page.get("entries").size() == 1)
                .get("entries")
                .get(0)
                .get("summary")
                .asText())
        .contains("Could not notify a stakeholder by WEBHOOK")
        .contains("3 tries");
    Thread.sleep(1_000);
    assertThat(RECEIVER.on("/silent")).hasSize(3);
  }

  static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Security review, finding 4: no webhook reaches an internal address nobody allowed. */
  @Test
  void aReceiverAtAnInternalAddressIsNeverReached() throws Exception {
    RECEIVER.script("/internal", request -> 204);
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-HOOK-SSRF");
    for (String address :
        List.of(
            "http://localhost:" + RECEIVER.port() + "/internal",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1:5432/",
            "http://[::1]:" + RECEIVER.port() + "/internal")) {
      String stakeholder =
          script.stakeholder("Target " + address.length(), "t@example.org", "CFO", "\"RISK\"");
      script.communicationPlan(stakeholder, "WEBHOOK", address, "ON_EVENT");
    }
    assertThat(
            script
                .post(
                    "manager",
                    "/risks",
                    "{\"title\":\"Scan\",\"probability\":2,\"impact\":5,\"owner\":\"manager\"}")
                .status())
        .isEqualTo(201);

    JsonNode proof =
        script.awaitRead("/communications", page -> page.get("communications").size() == 4);
    for (JsonNode failed : proof.get("communications")) {
      assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
      assertThat(failed.get("attempts").findValuesAsText("outcome"))
          .containsOnly(
              "refused: the receiver's address is internal (allow it with"
                  + " ledger.communications.webhook-allowed-hosts)");
    }
    assertThat(RECEIVER.on("/internal")).isEmpty();
  }
}

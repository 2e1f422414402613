package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail notifications through a real SMTP server (GreenMail, in the test process), on PostgreSQL:
 * a reschedule reaches the stakeholder whose plan covers it, with the right recipient and content,
 * and the ledger records the delivery as proof; a weekly digest leaves when the injected clock
 * passes the end of the week, with the week's events and the project's figures.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ledger.communications.poll-interval=PT0.1S",
      "ledger.communications.mail-from=ledger@pmo.example.org"
    })
@ActiveProfiles("postgres")
@Import(MovableClock.AsTheClock.class)
@DirtiesContext
class CommunicationsByEmailTest {

  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @LocalServerPort int port;
  @Autowired MovableClock clock;

  @Test
  void aRescheduleReachesTheStakeholderByEmailAndIsRecordedAsProof() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-MAIL-1");
    String cfo = script.stakeholder("Ada Lovelace", "ada@example.org", "CFO", "\"SCHEDULE\"");
    String risky = script.stakeholder("Risk Officer", "risk@example.org", "CRO", "\"RISK\"");
    script.budgetLine("LABOUR", "100000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    script.communicationPlan(cfo, "EMAIL", "ada@example.org", "ON_EVENT");
    script.communicationPlan(risky, "EMAIL", "risk@example.org", "ON_EVENT");

    assertThat(
            script
                .reschedule(design, "2026-02-08", "2026-03-07", "Vendor delivered a week late")
                .status())
        .isEqualTo(200);

    long deadline = System.nanoTime() + 20_000_000_000L;
    while (to("ada@example.org").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(to("ada@example.org")).hasSize(1);
    MimeMessage mail = to("ada@example.org").get(0);
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactly("ada@example.org");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("ledger@pmo.example.org");
    assertThat(mail.getSubject())
        .isEqualTo(
            "[PRJ-MAIL-1] Rescheduled a work package from 2026-02-01–2026-02-28 to 2026-02-08–2026-03-07");
    String body = mail.getContent().toString().replace("\r\n", "\n");
    assertThat(body)
        .contains("Project PRJ-MAIL-1 \"Ledger rollout\"")
        .contains("Reason:    Vendor delivered a week late")
        .contains("By:        Morgan Manager")
        .contains("WorkPackageRescheduled")
        .contains("your interests in the project include SCHEDULE");
    assertThat(mail.getHeader("X-Ledger-Notification")).hasSize(1);

    // Proof of communication: what was sent, to whom, on which event, and its outcome.
    JsonNode proof =
        script.awaitRead("/communications", page -> page.get("communications").size() == 1);
    JsonNode sent = proof.get("communications").get(0);
    assertThat(sent.get("stakeholderId").asText()).isEqualTo(cfo);
    assertThat(sent.get("channel").asText()).isEqualTo("EMAIL");
    assertThat(sent.get("address").asText()).isEqualTo("ada@example.org");
    assertThat(sent.get("outcome").asText()).isEqualTo("DELIVERED");
    assertThat(sent.get("tries").asInt()).isEqualTo(1);
    assertThat(sent.get("sourceEventType").asText()).isEqualTo("WorkPackageRescheduled");
    assertThat(sent.get("subject").asText()).isEqualTo(mail.getSubject());
    assertThat(sent.get("bodySha256").asText())
        .as(body.replace("\n", "\\n"))
        .isEqualTo(sha256(body));
    assertThat(sent.get("notificationId").asText())
        .isEqualTo(mail.getHeader("X-Ledger-Notification")[0]);

    // The rescheduling event the notification names is the one in the audit trail.
    JsonNode trail = script.awaitRead("/audit?type=WorkPackageRescheduled", page -> true);
    assertThat(sent.get("sourceEventIds").get(0).asText())
        .isEqualTo(trail.get("entries").get(0).get("eventId").asText());
    // ... and the notification is part of the audit trail and of the stakeholder's timeline.
    script.awaitRead("/audit?type=StakeholderNotified", page -> page.get("entries").size() == 1);
    JsonNode timeline = script.awaitRead("/stakeholders/" + cfo + "/timeline", page -> true);
    assertThat(timeline.get("entries").findValuesAsText("type")).contains("StakeholderNotified");
    JsonNode otherTimeline = script.awaitRead("/stakeholders/" + risky + "/timeline", page -> true);
    assertThat(otherTimeline.get("entries").findValuesAsText("type"))
        .doesNotContain("StakeholderNotified");

    // The risk officer's plan does not cover schedules: they were sent nothing.
    Thread.sleep(500);
    assertThat(to("risk@example.org")).isEmpty();
  }

  @Test
  void aWeeklyDigestLeavesAfterTheWeekEndsWithItsEventsAndTheFigures() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-DIGEST-1");
    String controller =
        script.stakeholder("Grace Controller", "grace@example.org", "Controller", "\"BUDGET\"");
    script.communicationPlan(controller, "EMAIL", "grace@example.org", "WEEKLY_DIGEST");
    String line = script.budgetLine("LABOUR", "100000");
    String build = script.workPackage("Build", "2026-03-01", "2026-04-30", "50000");
    assertThat(script.cost(line, build, "1200.50", "2026-03-10").status()).isEqualTo(201);
    assertThat(script.progress(build, 10, "2026-03-10").status()).isEqualTo(200);

    // Within the week nothing leaves.
    Thread.sleep(1_000);
    assertThat(to("grace@example.org")).isEmpty();

    clock.advance(Duration.ofDays(8));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (to("grace@example.org").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    List<MimeMessage> digests = to("grace@example.org");
    assertThat(digests).hasSize(1);
    MimeMessage digest = digests.get(0);
    assertThat(digest.getSubject())
        .startsWith("[PRJ-DIGEST-1] Weekly digest, ")
        .endsWith(": 2 event(s)");
    String body = digest.getContent().toString().replace("\r\n", "\n");
    assertThat(body)
        .contains("What happened (2):")
        .contains("Opened a LABOUR budget line of 100000")
        .contains("Recorded a cost of 1200.50 EUR incurred on 2026-03-10 (INV-1)")
        .contains("Budget at completion (BAC):     50000.00 EUR")
        .contains("Earned value (EV):              5000.00 EUR")
        .contains("Actual cost (AC):               1200.50 EUR")
        .contains("Cost performance index (CPI):   4.165")
        .doesNotContain("Reported progress");
    // Security review, finding 11: the digest carries the ledger's signed head for the stakeholder
    // to keep; with the ledger's public key it proves what the ledger held, and the ledger still
    // reaches that hash at that position.
    SignedHead head = headIn(body);
    assertThat(head.signedBy(SignedHead.publicKey(TestUsers.CHAIN_PUBLIC_KEY))).isTrue();
    JsonNode reached =
        new LedgerHttp(port)
            .get(
                "auditor",
                "secret",
                "/api/ledger/verify?position=" + head.position() + "&hash=" + head.hash())
            .json();
    assertThat(reached.get("ok").asBoolean()).isTrue();

    JsonNode proof =
        script.awaitRead(
            "/communications?stakeholderId=" + controller,
            page -> page.get("communications").size() == 1);
    JsonNode sent = proof.get("communications").get(0);
    assertThat(sent.get("kind").asText()).isEqualTo("WEEKLY_DIGEST");
    assertThat(sent.get("sourceEventIds")).hasSize(2);
    assertThat(sent.get("bodySha256").asText())
        .as(body.replace("\n", "\\n"))
        .isEqualTo(sha256(body));

    // A week is digested once: later polls send nothing more.
    Thread.sleep(1_000);
    assertThat(to("grace@example.org")).hasSize(1);
  }

  /** The signed head as a digest e-mail prints it, line by line. */
  private static SignedHead headIn(String body) {
    long position = Long.parseLong(line(body, "Position:"));
    String hash = line(body, "Hash:");
    String recordedAt = line(body, "Recorded at:");
    String[] key = line(body, "Key:").split(" ");
    return new SignedHead(
        position,
        hash,
        recordedAt,
        new SignedHead.Seal(
            key[0],
            key[1],
            SignedHead.signedText(position, hash, recordedAt),
            line(body, "Signature:")));
  }

  private static String line(String body, String label) {
    Matcher matcher =
        Pattern.compile("^  " + Pattern.quote(label) + " +(.+)$", Pattern.MULTILINE).matcher(body);
    assertThat(matcher.find()).as("a line " + label + " in\n" + body).isTrue();
    return matcher.group(1).trim();
  }

  private static List<MimeMessage> to(String address) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equals(address))) {
        found.add(message);
      }
    }
    return found;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.projectledger.api.ledger.LedgerHash;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.ledger.JdbcStoredEvents;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
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
 * The hash chain on PostgreSQL: an untouched ledger verifies; one edited byte and one deleted event
 * are each reported at their exact position; an export verifies offline, and a one-character edit
 * of it fails with its line named; the digest is signed, and a chain rewritten by someone with
 * write access to the database no longer reaches a signed head kept before. The chain is read three
 * links at a time, so each check crosses pages.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class HashChainTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    // Verification and export read the chain a page at a time (security review, finding 7):
    // pages of 3 links make every check here cross many pages.
    registry.add("ledger.chain.read-page", () -> "3");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path files;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The signed head the auditor kept from the first test. */
  private static SignedHead kept;

  @Test
  @Order(1)
  void anExportVerifiesOfflineAndAOneCharacterEditFailsWithItsLine() throws Exception {
    LedgerHttp http = writeSomeHistory();
    JsonNode digest = http.get("auditor", "secret", "/api/ledger/digest").json();
    Answer export = http.get("auditor", "secret", "/api/ledger/export");
    assertThat(export.contentType()).startsWith("application/x-ndjson");
    Path file = files.resolve("ledger.ndjson");
    Files.writeString(file, export.raw().body());
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize((int) digest.get("position").asLong());

    assertThat(verify(file, digest.get("hash").asText())).startsWith("0 ok:");

    // Security review, finding 11: the digest is signed by the key in the service's key file; the
    // auditor checks it with the public half, here and offline.
    SignedHead signed = JSON.treeToValue(digest, SignedHead.class);
    PublicKey key = SignedHead.publicKey(TestUsers.CHAIN_PUBLIC_KEY);
    assertThat(signed.signedBy(key)).isTrue();
    assertThat(signed.signature().keyId()).isEqualTo(SignedHead.keyId(key));
    Answer published = http.get("auditor", "secret", "/api/ledger/public-key");
    assertThat(SignedHead.publicKey(published.raw().body())).isEqualTo(key);
    assertThat(published.header("X-Ledger-Key-Id")).isEqualTo(SignedHead.keyId(key));
    kept = signed;
    Path keyFile =
        Files.writeString(files.resolve("ledger-public.pem"), TestUsers.CHAIN_PUBLIC_KEY);
    Path digestFile = Files.writeString(files.resolve("digest.json"), digest.toString());
    assertThat(verifySigned(file, digestFile, keyFile))
        .startsWith("0 ok:")
        .contains("the signed digest is reached at position " + signed.position());
    ObjectNode otherHash = digest.deepCopy();
    otherHash.put("hash", "0".repeat(64));
    Path forged = Files.writeString(files.resolve("forged.json"), otherHash.toString());
    assertThat(verifySigned(file, forged, keyFile))
        .startsWith("1 the digest's signature does not verify");
    ObjectNode earlier = digest.deepCopy();
    earlier.put("position", signed.position() - 1);
    Path moved = Files.writeString(files.resolve("moved.json"), earlier.toString());
    assertThat(verifySigned(file, moved, keyFile))
        .startsWith("1 the digest's signature does not verify");
    KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path strangerKey =
        Files.writeString(
            files.resolve("stranger.pem"),
            SignedHead.pem("PUBLIC KEY", stranger.getPublic().getEncoded()));
    assertThat(verifySigned(file, digestFile, strangerKey))
        .startsWith("1 the digest's signature does not verify");
    JsonNode trail = http.get("auditor", "secret", "/api/audit?limit=500").json().get("entries");
    JsonNode last = trail.get(trail.size() - 1);
    assertThat(last.get("globalPosition").asLong()).isEqualTo(digest.get("position").asLong());
    assertThat(last.get("hash").asText())
        .as("each audit entry carries its chain hash")
        .isEqualTo(digest.get("hash").asText());

    String third = lines.get(2);
    int at = third.indexOf("\"payload\":\"") + 15;
    char changed = third.charAt(at) == 'A' ? 'B' : 'A';
    lines.set(2, third.substring(0, at) + changed + third.substring(at + 1));
    Path edited = files.resolve("edited.ndjson");
    Files.write(edited, lines);
    assertThat(verify(edited, digest.get("hash").asText())).startsWith("1 line 3 (position 3");
    assertThat(http.get("viewer", "secret", "/api/ledger/export").status()).isEqualTo(403);
  }

  @Test
  @Order(2)
  void anEditedByteAndADeletedEventAreReportedAtTheirPositions() {
    LedgerHttp http = new LedgerHttp(port);
    JsonNode digest = http.get("auditor", "secret", "/api/ledger/digest").json();
    long head = digest.get("position").asLong();
    JsonNode untouched =
        http.get(
                "auditor",
                "secret",
                "/api/ledger/verify?position=" + head + "&hash=" + digest.get("hash").asText())
            .json();
    assertThat(untouched.get("ok").asBoolean()).isTrue();
    assertThat(untouched.get("verifiedThrough").asLong()).isEqualTo(head);

    byte[] original =
        jdbc.queryForObject(
            "SELECT payload FROM domainevententry WHERE globalindex = 4", byte[].class);
    byte[] edited = original.clone();
    edited[edited.length / 2] ^= 1;
    jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = 4", (Object) edited);
    JsonNode afterEdit = http.get("auditor", "secret", "/api/ledger/verify").json();
    assertThat(afterEdit.get("ok").asBoolean()).isFalse();
    assertThat(afterEdit.at("/firstMismatch/position").asLong()).isEqualTo(4);
    assertThat(afterEdit.get("verifiedThrough").asLong()).isEqualTo(3);
    jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = 4", (Object) original);

    jdbc.update("DELETE FROM domainevententry WHERE globalindex = 6");
    JsonNode afterDelete =
        http.get(
                "auditor",
                "secret",
                "/api/ledger/verify?position=" + head + "&hash=" + digest.get("hash").asText())
            .json();
    assertThat(afterDelete.get("ok").asBoolean()).isFalse();
    assertThat(afterDelete.at("/firstMismatch/position").asLong()).isEqualTo(6);
  }

  /**
   * Security review, finding 11: someone who can write to the database (the owner, not the
   * service's role) rewrites an event and recomputes every link after it, so that the chain agrees
   * with itself again. The signed head that an auditor or a stakeholder kept earlier gives it away:
   * the ledger no longer reaches that hash at that position, and no head for the rewritten chain
   * can be passed off as the one kept, since the signature covers the hash.
   */
  @Test
  @Order(3)
  void aRewrittenChainNoLongerReachesTheSignedHeadKeptBefore() {
    LedgerHttp http = new LedgerHttp(port);
    assertThat(kept).as("the head kept by the first test").isNotNull();
    byte[] payload =
        jdbc.queryForObject(
            "SELECT payload FROM domainevententry WHERE globalindex = 2", byte[].class);
    payload[payload.length / 2] ^= 1;
    jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = 2", (Object) payload);
    jdbc.update("DELETE FROM ledger_chain");
    String hash = LedgerHash.GENESIS;
    for (StoredEvent event : new JdbcStoredEvents(jdbc).from(0, 10_000)) {
      String before = hash;
      hash = LedgerHash.next(before, event);
      jdbc.update(
          "INSERT INTO ledger_chain (global_position, event_id, hash, previous_hash, recorded_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          event.position(),
          event.eventId(),
          hash,
          before,
          event.timestamp());
    }
    assertThat(http.get("auditor", "secret", "/api/ledger/verify").json().get("ok").asBoolean())
        .as("the rewritten chain agrees with itself")
        .isTrue();

    JsonNode againstKept =
        http.get(
                "auditor",
                "secret",
                "/api/ledger/verify?position=" + kept.position() + "&hash=" + kept.hash())
            .json();
    assertThat(againstKept.get("ok").asBoolean()).isFalse();
    assertThat(againstKept.at("/firstMismatch/position").asLong()).isEqualTo(kept.position());

    SignedHead now =
        JSON.convertValue(
            http.get("auditor", "secret", "/api/ledger/digest").json(), SignedHead.class);
    assertThat(now.position()).isEqualTo(kept.position());
    assertThat(now.hash()).isNotEqualTo(kept.hash());
    SignedHead passedOff =
        new SignedHead(kept.position(), now.hash(), kept.recordedAt(), kept.signature());
    assertThat(passedOff.signedBy(SignedHead.publicKey(TestUsers.CHAIN_PUBLIC_KEY))).isFalse();
  }

  private LedgerHttp writeSomeHistory() {
    LedgerHttp http = new LedgerHttp(port);
    Answer chartered =
        http.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"PRJ-CHAIN-1","name":"Chain","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
            """);
    String project = "/api/projects/" + chartered.json().get("projectId").asText();
    Answer last = null;
    for (int i = 0; i < 7; i++) {
      last =
          http.post(
              "manager",
              "secret",
              project + "/risks",
              "{\"title\":\"Risk "
                  + i
                  + "\",\"probability\":2,\"impact\":3,\"owner\":\"manager\"}");
    }
    long version = last.json().get("version").asLong();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Answer digest = http.get("auditor", "secret", "/api/ledger/digest");
      if (digest.status() == 200 && digest.json().get("position").asLong() >= version + 1) {
        break;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return http;
  }

  private static String verifySigned(Path export, Path digest, Path publicKey) {
    return run(
        "--export",
        export.toString(),
        "--digest",
        digest.toString(),
        "--public-key",
        publicKey.toString());
  }

  private static String run(String... arguments) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String[] call = new String[arguments.length + 1];
    call[0] = "verify";
    System.arraycopy(arguments, 0, call, 1, arguments.length);
    int code = ExportVerifier.run(call, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return code + " " + printed.toString(StandardCharsets.UTF_8).trim();
  }

  private static String verify(Path export, String digest) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code =
        ExportVerifier.run(
            new String[] {"verify", "--export", export.toString(), "--digest", digest},
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    return code + " " + printed.toString(StandardCharsets.UTF_8).trim();
  }
}

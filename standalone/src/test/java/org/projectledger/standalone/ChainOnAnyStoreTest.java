package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectledger.platform.testing.LedgerHttp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hash chain, the audit trail, the digest, verify and the export on an event store that is not
 * the JDBC one: {@link AxonServerLikeStorage} holds the events as Axon Server does and numbers them
 * from 0. The same project is recorded on it and on the JDBC store (numbered from 1); both ledgers
 * must tell the same history, each complete from its first position, and each export must verify
 * without the service.
 */
class ChainOnAnyStoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static ConfigurableApplicationContext jdbc;
  private static ConfigurableApplicationContext axonServerLike;
  private static Ledger onJdbc;
  private static Ledger onAxonServerLike;

  /** What one service's ledger shows once the chain has linked every event. */
  record Ledger(
      String projectId,
      List<JsonNode> export,
      JsonNode digest,
      JsonNode verification,
      List<JsonNode> audit) {

    long firstPosition() {
      return export.get(0).get("position").asLong();
    }
  }

  @BeforeAll
  static void recordTheSameProjectOnBothStores() {
    jdbc = InProcessServices.start(List.of());
    axonServerLike =
        InProcessServices.start(AxonServerLikeStorage.WIRING, AxonServerLikeStorage.OVERRIDING);
    onJdbc = record(InProcessServices.http(jdbc));
    onAxonServerLike = record(InProcessServices.http(axonServerLike));
  }

  @AfterAll
  static void stop() {
    axonServerLike.close();
    jdbc.close();
  }

  @Test
  void eachStoreIsReadFromItsOwnFirstPosition() {
    assertThat(axonServerLike.getBean(AxonServerLikeStorage.class)).isNotNull();
    assertThat(onJdbc.firstPosition()).isEqualTo(1);
    assertThat(onAxonServerLike.firstPosition()).isZero();
    for (Ledger ledger : List.of(onJdbc, onAxonServerLike)) {
      List<Long> positions =
          ledger.export().stream().map(line -> line.get("position").asLong()).toList();
      assertThat(positions)
          .as("one line per event, without a hole")
          .hasSize(onJdbc.export().size())
          .isEqualTo(
              java.util.stream.LongStream.range(
                      ledger.firstPosition(), ledger.firstPosition() + positions.size())
                  .boxed()
                  .toList());
    }
  }

  @Test
  void theAuditTrailStartsWithTheCharterOnEitherStore() {
    for (Ledger ledger : List.of(onJdbc, onAxonServerLike)) {
      assertThat(ledger.audit()).hasSize(ledger.export().size());
      assertThat(ledger.audit().get(0).get("type").asText()).isEqualTo("ProjectChartered");
      assertThat(ledger.audit().get(0).get("globalPosition").asLong())
          .isEqualTo(ledger.firstPosition());
    }
  }

  @Test
  void bothStoresTellTheSameHistory() {
    assertThat(history(onAxonServerLike)).isEqualTo(history(onJdbc));
    assertThat(auditWithoutPlaces(onAxonServerLike)).isEqualTo(auditWithoutPlaces(onJdbc));
  }

  @Test
  void theDigestIsTheHeadAndVerifyVouchesForEveryEvent() {
    for (Ledger ledger : List.of(onJdbc, onAxonServerLike)) {
      JsonNode last = ledger.export().get(ledger.export().size() - 1);
      assertThat(ledger.digest().get("position").asLong()).isEqualTo(last.get("position").asLong());
      assertThat(ledger.digest().get("hash").asText()).isEqualTo(last.get("hash").asText());
      assertThat(ledger.verification().get("ok").asBoolean()).isTrue();
      assertThat(ledger.verification().get("verifiedThrough").asLong())
          .isEqualTo(last.get("position").asLong());
      assertThat(ledger.verification().get("behind").asLong()).isZero();
      assertThat(ledger.verification().get("firstMismatch").isNull()).isTrue();
    }
  }

  @Test
  void eachExportVerifiesWithoutTheService(@TempDir Path folder) throws Exception {
    for (Ledger ledger : List.of(onJdbc, onAxonServerLike)) {
      Path export = folder.resolve("export-" + ledger.firstPosition() + ".ndjson");
      Files.writeString(
          export,
          String.join("\n", ledger.export().stream().map(JsonNode::toString).toList()) + "\n");
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      int exit =
          ExportVerifier.run(
              new String[] {
                "verify",
                "--export",
                export.toString(),
                "--digest",
                ledger.digest().get("hash").asText()
              },
              new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains(
              "the digest is reached at position " + ledger.digest().get("position").asLong());
    }
  }

  @Test
  void anEventAlteredInTheStoreIsNamedByVerify() {
    LedgerHttp http = InProcessServices.http(axonServerLike);
    axonServerLike
        .getBean(AxonServerLikeStorage.class)
        .tamper(
            1,
            payload ->
                new String(payload, StandardCharsets.UTF_8)
                    .replace("1000.50", "1.50")
                    .getBytes(StandardCharsets.UTF_8));
    try {
      JsonNode verification = http.get("auditor", "secret", "/api/ledger/verify").json();

      assertThat(verification.get("ok").asBoolean()).isFalse();
      assertThat(verification.at("/firstMismatch/position").asLong()).isEqualTo(1);
      assertThat(verification.get("verifiedThrough").asLong()).isZero();
    } finally {
      axonServerLike
          .getBean(AxonServerLikeStorage.class)
          .tamper(
              1,
              payload ->
                  new String(payload, StandardCharsets.UTF_8)
                      .replace("1.50", "1000.50")
                      .getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The project's life on one service, and its ledger once the chain is at the head. */
  private static Ledger record(LedgerHttp http) {
    ProjectScript project = ProjectScript.charter(http, "ANY-STORE-1");
    String line = project.budgetLine("LABOUR", "1000.50");
    String design = project.workPackage("Design", "2026-02-02", "2026-02-27", "400");
    assertThat(project.progress(design, 50, "2026-02-16").status()).isEqualTo(200);
    assertThat(project.cost(line, design, "120.25", "2026-02-13").status()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                verify(http).get("ok").asBoolean()
                    && verify(http).get("behind").asLong() == 0
                    && audit(http, project.project).size() == export(http).size()
                    && export(http).size() >= 5);
    List<JsonNode> export = export(http);
    return new Ledger(
        project.projectId(),
        export,
        http.get("auditor", "secret", "/api/ledger/digest").json(),
        verify(http),
        audit(http, project.project));
  }

  private static JsonNode verify(LedgerHttp http) {
    return http.get("auditor", "secret", "/api/ledger/verify").json();
  }

  private static List<JsonNode> export(LedgerHttp http) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line :
        http.get("auditor", "secret", "/api/ledger/export").raw().body().split("\n")) {
      if (!line.isBlank()) {
        lines.add(read(line));
      }
    }
    return lines;
  }

  /** Every page of the project's audit trail, from the first. */
  private static List<JsonNode> audit(LedgerHttp http, String project) {
    List<JsonNode> entries = new ArrayList<>();
    String cursor = "";
    while (true) {
      JsonNode page = http.get("auditor", "secret", project + "/audit?limit=2" + cursor).json();
      page.get("entries").forEach(entries::add);
      if (page.get("nextCursor").isNull()) {
        return entries;
      }
      cursor = "&cursor=" + page.get("nextCursor").asLong();
    }
  }

  /** Each event's type, project, sequence and payload, ids numbered in order of appearance. */
  private static String history(Ledger ledger) {
    StringBuilder text = new StringBuilder();
    for (JsonNode line : ledger.export()) {
      text.append(line.get("type").asText())
          .append(' ')
          .append(line.get("aggregateId").asText())
          .append(' ')
          .append(line.get("sequence").asLong())
          .append(' ')
          .append(
              new String(
                  Base64.getDecoder().decode(line.get("payload").asText()), StandardCharsets.UTF_8))
          .append('\n');
    }
    return numbered(text.toString());
  }

  /** The audit entries without what differs by store: positions, hashes, ids, times. */
  private static String auditWithoutPlaces(Ledger ledger) {
    StringBuilder text = new StringBuilder();
    for (JsonNode entry : ledger.audit()) {
      ObjectNode copy = entry.deepCopy();
      copy.remove(List.of("globalPosition", "hash", "eventId", "recordedAt", "correlationId"));
      text.append(copy).append('\n');
    }
    return numbered(text.toString());
  }

  private static String numbered(String text) {
    List<String> seen = new ArrayList<>();
    Matcher matcher = ID.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      if (!seen.contains(matcher.group())) {
        seen.add(matcher.group());
      }
      matcher.appendReplacement(out, "id-" + seen.indexOf(matcher.group()));
    }
    return matcher.appendTail(out).toString();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

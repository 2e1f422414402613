package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Read models can be rebuilt: after a full replay they equal the live ones row for row, and so they
 * do after every event has been delivered a second time. A handler that fails parks its event for
 * that project only, and the admin view shows it.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // This store's batches are small: send every run of two rows or more as a COPY, as a rebuild
    // of a real store sends its batches, so that the COPY's text and its careful retry are tested.
    properties = "ledger.projections.copy-from=2")
@ActiveProfiles("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class RebuildingReadModelsTest {

  private static final List<String> TABLES =
      List.of(
          "portfolio_project",
          "project_item",
          "project_progress",
          "project_cost",
          "project_budget_line",
          "project_baseline",
          "project_baseline_item",
          "project_baseline_line",
          "project_change_request",
          "project_risk",
          "project_status_report",
          "project_stakeholder",
          "project_tolerance_breach",
          "audit_entry");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;

  private LedgerHttp http;

  @BeforeAll
  void writeTwoProjects() {
    http = new LedgerHttp(port);
    for (String code : List.of("PRJ-RB-1", "PRJ-RB-2")) {
      String project = charter(code);
      String line =
          id(write(project + "/budget-lines", "{\"category\":\"LABOUR\",\"amount\":50000}"));
      String design =
          id(
              write(
                  project + "/work-packages",
                  "{\"name\":\"Design\",\"plannedStart\":\"2026-02-01\",\"plannedFinish\":\"2026-02-28\",\"plannedCost\":20000}"));
      write(
          project + "/milestones",
          "{\"name\":\"Design done\",\"dueDate\":\"2026-02-28\",\"dependsOn\":[\""
              + design
              + "\"]}");
      http.post(
          "sponsor",
          "secret",
          project + "/baselines",
          "{\"reason\":\"Agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}");
      write(
          project + "/work-packages/" + design + "/progress",
          "{\"percentComplete\":40,\"statusDate\":\"2026-02-10\"}");
      write(
          project + "/costs",
          "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":9000,\"incurredOn\":\"2026-02-09\",\"reference\":\"INV\"}"
              .formatted(line, design));
      write(
          project + "/risks",
          "{\"title\":\"Key person leaves\",\"probability\":3,\"impact\":4,\"owner\":\"manager\"}");
      // A title with what COPY's text format escapes: a backslash, and one before an N.
      write(
          project + "/decisions",
          "{\"title\":\"Keep C:\\\\data\\\\N as it is\",\"rationale\":\"Paths\"}");
      write(
          project + "/status-reports",
          "{\"rag\":\"GREEN\",\"summary\":\"On track\",\"statusDate\":\"2026-02-10\"}");
      Answer last =
          http.post(
              "pmo",
              "secret",
              project + "/stakeholders",
              "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"role\":\"CFO\",\"interests\":[\"BUDGET\"]}");
      http.get("viewer", "secret", project + "?minVersion=" + last.json().get("version").asLong());
      http.get(
          "auditor",
          "secret",
          project + "/audit?minVersion=" + last.json().get("version").asLong());
    }
  }

  @Test
  @Order(1)
  void aFullReplayRebuildsEveryReadModelRowForRow() throws Exception {
    Map<String, List<Map<String, Object>>> live = snapshot();
    assertThat(live.get("audit_entry")).hasSizeGreaterThan(10);

    for (String projection : List.of("projects", "audit")) {
      assertThat(ServiceProcesses.replay(http, projection).status()).isEqualTo(202);
    }
    assertThat(
            http.post(
                    "manager",
                    "secret",
                    "/api/admin/projections/audit/replay",
                    "application/json",
                    "")
                .status())
        .isEqualTo(403);
    awaitCaughtUp();

    assertThat(snapshot()).isEqualTo(live);
    // The replay sent its entries in one COPY each batch: text comes back as it was written.
    assertThat(
            jdbc.queryForList(
                "SELECT summary FROM audit_entry WHERE type = 'DecisionRecorded'", String.class))
        .hasSize(2)
        .allMatch(summary -> summary.equals("Recorded decision \"Keep C:\\data\\N as it is\""));
  }

  @Test
  @Order(2)
  void everyEventDeliveredASecondTimeChangesNothing() throws Exception {
    Map<String, List<Map<String, Object>>> live = snapshot();
    for (String name : List.of("projects", "audit")) {
      StreamingEventProcessor processor =
          processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
      processor.shutDown();
      // Forget the position without a reset: the processor starts again at the first event and
      // delivers every event to tables that already hold it.
      jdbc.update(
          "UPDATE tokenentry SET token = NULL, tokentype = NULL WHERE processorname = ?", name);
      processor.start();
    }
    awaitCaughtUp();

    assertThat(snapshot()).isEqualTo(live);
  }

  @Test
  @Order(3)
  void aFailingHandlerParksItsEventForThatProjectOnlyAndARetryAfterTheFixDrainsIt()
      throws Exception {
    jdbc.execute("ALTER TABLE project_risk ADD CONSTRAINT no_doom CHECK (title <> 'Doom')");
    String doomedProject;
    long doomedVersion;
    try {
      String doomed = charter("PRJ-DOOM-1");
      write(
          doomed + "/risks",
          "{\"title\":\"Doom\",\"probability\":5,\"impact\":5,\"owner\":\"manager\"}");
      Answer afterDoom =
          write(doomed + "/decisions", "{\"title\":\"Carry on\",\"rationale\":\"Regardless\"}");
      String healthy = charter("PRJ-FINE-1");
      Answer fine =
          write(
              healthy + "/risks",
              "{\"title\":\"Rain\",\"probability\":1,\"impact\":1,\"owner\":\"manager\"}");

      Answer read =
          http.get(
              "viewer",
              "secret",
              healthy + "/dashboard?minVersion=" + fine.json().get("version").asLong());
      assertThat(read.header("X-Projection-Version"))
          .isEqualTo(fine.json().get("version").asText());
      assertThat(read.json().get("openRisks")).hasSize(1);

      Answer stuck =
          http.get(
              "viewer",
              "secret",
              doomed + "?minVersion=" + afterDoom.json().get("version").asLong());
      assertThat(Long.parseLong(stuck.header("X-Projection-Version")))
          .isLessThan(afterDoom.json().get("version").asLong());

      JsonNode projects = null;
      for (JsonNode projection :
          http.get("admin", "secret", "/api/admin/projections").json().get("projections")) {
        if (projection.get("name").asText().equals("projects")) {
          projects = projection;
        }
      }
      assertThat(projects.get("parkedEvents").asLong()).isEqualTo(2);
      assertThat(projects.at("/parked/0/sequence").asText())
          .isEqualTo(doomed.substring("/api/projects/".length()));
      assertThat(projects.at("/parked/0/firstEventType").asText()).isEqualTo("RiskLogged");
      assertThat(projects.at("/parked/0/cause").asText()).contains("no_doom");
      assertThat(http.get("viewer", "secret", "/api/admin/projections").status()).isEqualTo(403);

      // Retrying before the fix fails again: the events stay parked, in order.
      Answer tooSoon =
          http.post(
              "admin",
              "secret",
              "/api/admin/projections/projects/dead-letters/retry",
              "application/json",
              "");
      assertThat(tooSoon.json().get("sequencesDrained").asInt()).isZero();
      assertThat(tooSoon.json().at("/projection/parkedEvents").asLong()).isEqualTo(2);
      doomedProject = doomed;
      doomedVersion = afterDoom.json().get("version").asLong();
    } finally {
      // The fix.
      jdbc.execute("ALTER TABLE project_risk DROP CONSTRAINT no_doom");
    }

    Answer retried =
        http.post(
            "admin",
            "secret",
            "/api/admin/projections/projects/dead-letters/retry",
            "application/json",
            "");
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.json().get("sequencesDrained").asInt()).isEqualTo(1);
    assertThat(retried.json().at("/projection/parkedEvents").asLong()).isZero();
    Answer current = http.get("viewer", "secret", doomedProject + "?minVersion=" + doomedVersion);
    assertThat(current.header("X-Projection-Version")).isEqualTo(String.valueOf(doomedVersion));
    assertThat(
            http.get("viewer", "secret", doomedProject + "/dashboard")
                .json()
                .get("openRisks")
                .findValuesAsText("title"))
        .containsExactly("Doom");

    // The read models after the retry equal a full replay of the events.
    awaitCaughtUp();
    Map<String, List<Map<String, Object>>> afterRetry = snapshot();
    assertThat(ServiceProcesses.replay(http, "projects").status()).isEqualTo(202);
    awaitCaughtUp();
    assertThat(snapshot()).isEqualTo(afterRetry);
  }

  private void awaitCaughtUp() throws InterruptedException {
    ServiceProcesses.awaitCaughtUp(http, Duration.ofSeconds(60));
  }

  private Map<String, List<Map<String, Object>>> snapshot() {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    for (String table : TABLES) {
      tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
    }
    return tables;
  }

  private String charter(String code) {
    Answer chartered =
        http.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"%s","name":"Rebuild","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":10,"costPercent":5}}
            """
                .formatted(code));
    assertThat(chartered.status()).isEqualTo(201);
    return "/api/projects/" + chartered.json().get("projectId").asText();
  }

  private Answer write(String path, String body) {
    Answer answer = http.post("manager", "secret", path, body);
    assertThat(answer.status()).as(answer.raw().body()).isBetween(200, 201);
    return answer;
  }

  private static String id(Answer answer) {
    return answer.json().get("id").asText();
  }
}

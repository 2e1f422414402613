package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
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
 * As-of reads from kept folds (issue 21, item 6): with a fold kept every 7 events, the dashboard,
 * the schedule and the registers as of each instant of a project's life answer exactly what a fold
 * of every event answers (the kept folds deleted), and a read does start from the kept fold.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ledger.as-of.kept-fold-every=7")
@ActiveProfiles("postgres")
@DirtiesContext
class AsOfFromKeptFoldsTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void asOfAnswersFromKeptFoldsEqualThoseOfAFullFold() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-FOLD-1");
    List<Instant> instants = new ArrayList<>();
    String labour = script.budgetLine("LABOUR", "100000");
    script.budgetLine("CONTINGENCY", "10000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    String build = script.workPackage("Build", "2026-03-01", "2026-04-30", "50000");
    script.stakeholder("Ada", "ada@example.org", "CFO", "\"BUDGET\",\"ISSUE\"");
    instants.add(settled(script));
    String risk =
        script.created(
            "manager",
            "/risks",
            "{\"title\":\"Vendor insolvency\",\"probability\":3,\"impact\":4,\"owner\":\"manager\"}");
    script.post(
        "manager",
        "/risks/" + risk + "/response",
        "{\"strategy\":\"REDUCE\",\"owner\":\"manager\",\"proximity\":\"2026-06-30\","
            + "\"costImpact\":30000,\"response\":\"Escrow\"}");
    assertThat(script.baseline().status()).isBetween(200, 201);
    instants.add(settled(script));
    for (int week = 1; week <= 8; week++) {
      String day = "2026-02-%02d".formatted(week * 3);
      assertThat(script.progress(design, week * 12, day).status()).isEqualTo(200);
      assertThat(script.cost(labour, design, String.valueOf(1000 + week), day).status())
          .isEqualTo(201);
      if (week % 3 == 0) {
        instants.add(settled(script));
      }
    }
    assertThat(
            script.reschedule(build, "2026-03-05", "2026-05-04", "The vendor starts late").status())
        .isEqualTo(200);
    script.created(
        "manager",
        "/issues",
        "{\"type\":\"PROBLEM_CONCERN\",\"title\":\"Key user on leave\",\"priority\":\"LOW\","
            + "\"severity\":\"LOW\",\"owner\":\"manager\"}");
    instants.add(settled(script));

    // The registers' entries are a read model: wait until it holds the last event.
    script.awaitRead("/registers", page -> page.get("issues").size() == 1);
    List<String> paths = List.of("/dashboard", "/schedule", "/registers");
    List<JsonNode> fromKeptFolds = new ArrayList<>();
    for (Instant instant : instants) {
      for (String path : paths) {
        JsonNode first = read(http, script, path, instant);
        // A second read starts from the folds the first one kept.
        JsonNode second = read(http, script, path, instant);
        assertThat(second).as(path + " as of " + instant).isEqualTo(first);
        fromKeptFolds.add(second);
      }
    }
    long kept =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM project_kept_fold WHERE project_id = ?::uuid",
            Long.class,
            script.projectId());
    assertThat(kept).as("a fold kept every 7 of the project's events").isGreaterThanOrEqualTo(4);

    // The same reads from a fold of every event.
    jdbc.update("DELETE FROM project_kept_fold");
    int n = 0;
    for (Instant instant : instants) {
      for (String path : paths) {
        jdbc.update("DELETE FROM project_kept_fold");
        assertThat(read(http, script, path, instant))
            .as(path + " as of " + instant + " from a full fold")
            .isEqualTo(fromKeptFolds.get(n++));
      }
    }

    // And a read does start from a kept fold: a kept fold's facts, altered, show in the answer.
    Instant last = instants.get(instants.size() - 1);
    read(http, script, "/dashboard", last);
    jdbc.update(
        "UPDATE project_kept_fold SET facts = REPLACE(facts, '\"Ledger rollout\"', '\"From the kept fold\"')");
    assertThat(read(http, script, "/dashboard", last).get("name").asText())
        .isEqualTo("From the kept fold");
    jdbc.update("DELETE FROM project_kept_fold");
    assertThat(read(http, script, "/dashboard", last).get("name").asText())
        .isEqualTo("Ledger rollout");
  }

  /** An instant after every event so far was recorded, and strictly before any later one. */
  private static Instant settled(ProjectScript script) throws InterruptedException {
    Thread.sleep(3);
    Instant now = Instant.now();
    Thread.sleep(3);
    return now;
  }

  private static JsonNode read(LedgerHttp http, ProjectScript script, String path, Instant asOf) {
    LedgerHttp.Answer answer =
        http.get("auditor", TestUsers.PASSWORD, script.project + path + "?asOf=" + asOf);
    assertThat(answer.status()).as(path + ": " + answer.raw().body()).isEqualTo(200);
    return answer.json();
  }
}

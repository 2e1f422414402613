package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
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
 * The precomputed reads: the portfolio's figures are the dashboard's, and the dashboard and the
 * schedule for today are kept once computed, for the project's version, and computed again when the
 * project changes, never answered stale.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class PrecomputedReadsTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theRowShowsTheDashboardsFiguresAndFollowsEveryChange() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-PF-1");
    JsonNode before = row(http, script, 0);
    assertThat(before.get("bac").isNull()).isTrue();
    assertThat(before.get("withinTolerance").asBoolean()).isTrue();

    String line = script.budgetLine("LABOUR", "50000");
    String design = script.workPackage("Design", "2026-01-05", "2026-02-27", "40000");
    script.created(
        "manager",
        "/milestones",
        "{\"name\":\"Go-live\",\"dueDate\":\"2026-12-20\",\"dependsOn\":[\"%s\"]}"
            .formatted(design));
    assertThat(script.baseline().status()).isEqualTo(200);
    assertThat(script.progress(design, 50, "2026-02-01").status()).isEqualTo(200);
    long version = script.cost(line, design, "30000", "2026-02-01").json().get("version").asLong();

    JsonNode row = row(http, script, version);
    JsonNode dashboard = http.get("auditor", "secret", script.project + "/dashboard").json();
    JsonNode ev = dashboard.get("earnedValue");
    for (String figure : new String[] {"bac", "ac", "eac", "cpi", "spi"}) {
      assertThat(row.get(figure).decimalValue())
          .as(figure)
          .isEqualByComparingTo(ev.get(figure).decimalValue());
    }
    // Go-live, until the day is past: the dashboard's next milestone either way.
    assertThat(row.get("nextMilestone")).isEqualTo(dashboard.get("schedule").get("nextMilestone"));
    assertThat(row.get("nextMilestoneDue"))
        .isEqualTo(dashboard.get("schedule").get("nextMilestoneDue"));
    assertThat(row.get("withinTolerance").asBoolean())
        .isEqualTo(
            dashboard.get("tolerance").get("costWithinTolerance").asBoolean()
                && dashboard.get("tolerance").get("scheduleWithinTolerance").asBoolean());
    assertThat(kept(script)).containsEntry("version", version);

    long later = script.cost(line, design, "1000", "2026-02-02").json().get("version").asLong();
    JsonNode changed = row(http, script, later);
    assertThat(changed.get("ac").decimalValue()).isEqualByComparingTo("31000");
    assertThat(kept(script)).containsEntry("version", later);
    assertThat(row(http, script, later).get("ac").decimalValue()).isEqualByComparingTo("31000");
  }

  @Test
  void theDashboardAndScheduleOfTodayAreKeptForTheirVersionAndNeverAnsweredStale() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-PF-2");
    String line = script.budgetLine("LABOUR", "50000");
    String design = script.workPackage("Design", "2026-01-05", "2026-02-27", "40000");
    long version = script.cost(line, design, "1200", "2026-01-20").json().get("version").asLong();

    String first = script.project + "/dashboard?minVersion=" + version;
    LedgerHttp.Answer computed = http.get("auditor", "secret", first);
    assertThat(computed.status()).isEqualTo(200);
    assertThat(computed.raw().headers().firstValue("X-Projection-Version")).hasValue("" + version);
    assertThat(kept(script, "DASHBOARD")).isEqualTo(version);
    LedgerHttp.Answer again = http.get("auditor", "secret", script.project + "/dashboard");
    assertThat(again.json()).isEqualTo(computed.json());
    assertThat(again.json().get("earnedValue").get("ac").decimalValue())
        .isEqualByComparingTo("1200");
    // Another status date is computed as it was asked, not taken from what is kept.
    assertThat(
            http.get("auditor", "secret", script.project + "/dashboard?statusDate=2026-01-10")
                .json()
                .get("earnedValue")
                .get("ac")
                .decimalValue())
        .isEqualByComparingTo("0");

    JsonNode schedule =
        http.get("auditor", "secret", script.project + "/schedule?minVersion=" + version).json();
    assertThat(kept(script, "SCHEDULE")).isEqualTo(version);
    assertThat(http.get("auditor", "secret", script.project + "/schedule").json())
        .isEqualTo(schedule);

    long later =
        script
            .reschedule(design, "2026-01-12", "2026-03-06", "Late start")
            .json()
            .get("version")
            .asLong();
    JsonNode moved =
        http.get("auditor", "secret", script.project + "/schedule?minVersion=" + later).json();
    assertThat(moved.get("items").get(0).get("plannedFinish").asText()).isEqualTo("2026-03-06");
    assertThat(kept(script, "SCHEDULE")).isEqualTo(later);
    assertThat(
            http.get("auditor", "secret", script.project + "/dashboard?minVersion=" + later)
                .json()
                .get("version")
                .asLong())
        .isEqualTo(later);
    assertThat(
            http.get(
                    "auditor",
                    "secret",
                    "/api/projects/" + java.util.UUID.randomUUID() + "/dashboard")
                .status())
        .isEqualTo(404);
  }

  private long kept(ProjectScript script, String kind) {
    return jdbc.queryForObject(
        "SELECT version FROM project_read_cache WHERE project_id = ?::uuid AND kind = ?",
        Long.class,
        script.projectId(),
        kind);
  }

  private static JsonNode row(LedgerHttp http, ProjectScript script, long version) {
    JsonNode page =
        http.get(
                "viewer",
                "secret",
                "/api/projects?projectId=" + script.projectId() + "&minVersion=" + version)
            .json();
    for (JsonNode row : page.get("items")) {
      if (row.get("projectId").asText().equals(script.projectId())) {
        return row;
      }
    }
    throw new AssertionError("not in the portfolio: " + page);
  }

  private Map<String, Object> kept(ProjectScript script) {
    return jdbc.queryForMap(
        "SELECT version FROM portfolio_figures WHERE project_id = ?::uuid", script.projectId());
  }
}

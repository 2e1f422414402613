package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The project's reads over HTTP after real writes: the project page, the dashboard's earned value
 * (the hand-worked project of EarnedValueTest, written through the API), budget by line, and the
 * schedule's critical path.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class ProjectReadsOnPostgresTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  private LedgerHttp http;
  private String project;
  private String a;
  private String b;
  private String c;
  private long version;
  private String stakeholder;

  @BeforeAll
  void writeAProject() {
    http = new LedgerHttp(port);
    Answer chartered =
        http.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"PRJ-EV-1","name":"Earned value","sponsor":"sponsor","manager":"manager",
             "currency":"EUR","plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":10,"costPercent":5},%s}
            """
                .formatted(ProjectScript.EVERY_DAY));
    project = "/api/projects/" + chartered.json().get("projectId").asText();
    String labour =
        id(write(project + "/budget-lines", "{\"category\":\"LABOUR\",\"amount\":30000}"));
    write(project + "/budget-lines", "{\"category\":\"MATERIAL\",\"amount\":10000}");
    a =
        id(
            write(
                project + "/work-packages", workPackage("A", "2026-01-01", "2026-01-10", "10000")));
    b =
        id(
            write(
                project + "/work-packages", workPackage("B", "2026-01-06", "2026-01-25", "20000")));
    c =
        id(
            write(
                project + "/work-packages",
                workPackage("C", "2026-01-20", "2026-02-18", "6000", a)));
    write(
        project + "/milestones",
        "{\"name\":\"Done\",\"dueDate\":\"2026-02-18\",\"dependsOn\":[\""
            + b
            + "\",\""
            + c
            + "\"]}");
    assertThat(
            http.post(
                    "sponsor",
                    "secret",
                    project + "/baselines",
                    "{\"reason\":\"Agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}")
                .status())
        .isEqualTo(200);
    progress(a, 60, "2026-01-08");
    progress(a, 100, "2026-01-12");
    progress(b, 30, "2026-01-14");
    progress(b, 50, "2026-01-16");
    progress(c, 10, "2026-01-20");
    cost(labour, a, "9000", "2026-01-05");
    cost(labour, b, "3500", "2026-01-13");
    cost(labour, b, "2000", "2026-01-15");
    Answer last = cost(labour, b, "1000", "2026-01-16");
    version = last.json().get("version").asLong();
    stakeholder =
        http.post(
                "pmo",
                "secret",
                project + "/stakeholders",
                "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\",\"role\":\"CFO\",\"interests\":[\"BUDGET\"]}")
            .json()
            .get("id")
            .asText();
    version++;
  }

  @Test
  void theDashboardShowsEveryEarnedValueFigureAsWorkedByHand() {
    Answer answer =
        http.get(
            "viewer", "secret", project + "/dashboard?statusDate=2026-01-15&minVersion=" + version);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Projection-Version")).isEqualTo(String.valueOf(version));
    JsonNode ev = answer.json().get("earnedValue");
    assertThat(ev.get("bac").decimalValue()).isEqualByComparingTo("36000.00");
    assertThat(ev.get("pv").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(ev.get("ev").decimalValue()).isEqualByComparingTo("16000.00");
    assertThat(ev.get("ac").decimalValue()).isEqualByComparingTo("14500.00");
    assertThat(ev.get("cv").decimalValue()).isEqualByComparingTo("1500.00");
    assertThat(ev.get("sv").decimalValue()).isEqualByComparingTo("-4000.00");
    assertThat(answer.raw().body()).contains("\"cpi\":1.103", "\"spi\":0.800", "\"tcpi\":0.930");
    assertThat(ev.get("eac").decimalValue()).isEqualByComparingTo("32625.00");
    assertThat(ev.get("etc").decimalValue()).isEqualByComparingTo("18125.00");
    assertThat(ev.get("vac").decimalValue()).isEqualByComparingTo("3375.00");

    JsonNode labour = answer.json().get("budgetByLine").get(0);
    assertThat(labour.get("category").asText()).isEqualTo("LABOUR");
    assertThat(labour.get("actual").decimalValue()).isEqualByComparingTo("14500.00");
    assertThat(labour.get("remaining").decimalValue()).isEqualByComparingTo("15500.00");
    assertThat(answer.json().at("/tolerance/costWithinTolerance").asBoolean()).isTrue();
    assertThat(answer.json().at("/schedule/workPackagesComplete").asInt()).isEqualTo(1);
  }

  @Test
  void theScheduleMarksTheCriticalPathAndTheFloatOfTheShorterBranch() {
    Answer answer = http.get("viewer", "secret", project + "/schedule?minVersion=" + version);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode items = answer.json().get("items");
    // C cannot start before its planned 20 Jan and runs to the milestone on 18 Feb: it is the
    // critical path. A may finish as late as 19 Jan (9 days of float), B as late as 18 Feb (24).
    assertThat(answer.json().get("criticalPath").toString()).contains(c).doesNotContain(a, b);
    for (JsonNode item : items) {
      String id = item.get("itemId").asText();
      if (id.equals(a)) {
        assertThat(item.get("totalFloat").asLong()).isEqualTo(9);
      }
      if (id.equals(b)) {
        assertThat(item.get("totalFloat").asLong()).isEqualTo(24);
        assertThat(item.get("finishVarianceDays").asLong()).isZero();
      }
    }
  }

  @Test
  void theProjectPageShowsPersonalDataToThePmoAndNotToAViewer() {
    JsonNode forPmo = http.get("pmo", "secret", project + "?minVersion=" + version).json();
    JsonNode forViewer = http.get("viewer", "secret", project).json();

    assertThat(forPmo.get("workPackages")).hasSize(3);
    assertThat(forPmo.get("milestones")).hasSize(1);
    assertThat(forPmo.get("budgetLines")).hasSize(2);
    assertThat(forPmo.at("/stakeholders/0/name").asText()).isEqualTo("Ada Lovelace");
    assertThat(forViewer.at("/stakeholders/0/name").isNull()).isTrue();
    assertThat(forViewer.at("/stakeholders/0/role").asText()).isEqualTo("CFO");
  }

  @Test
  void theAuditTrailExplainsEveryEventPagesByCursorAndFilters() {
    Answer first = http.get("auditor", "secret", project + "/audit?limit=5&minVersion=" + version);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("X-Projection-Version")).isEqualTo(String.valueOf(version));
    JsonNode entries = first.json().get("entries");
    assertThat(entries).hasSize(5);
    assertThat(entries.get(0).get("type").asText()).isEqualTo("ProjectChartered");
    assertThat(entries.get(0).get("summary").asText())
        .startsWith("Chartered PRJ-EV-1 \"Earned value\"");
    assertThat(entries.get(0).get("actor").asText()).isEqualTo("pmo");

    long seen = entries.size();
    Long cursor = first.json().get("nextCursor").asLong();
    while (cursor != null) {
      JsonNode page =
          http.get("auditor", "secret", project + "/audit?limit=5&cursor=" + cursor).json();
      seen += page.get("entries").size();
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asLong();
    }
    assertThat(seen).isEqualTo(version + 1);

    JsonNode costs =
        http.get("auditor", "secret", project + "/audit?type=CostRecorded").json().get("entries");
    assertThat(costs).hasSize(4);
    JsonNode lineActual = null;
    for (JsonNode change : costs.get(1).get("changes")) {
      if (change.get("field").asText().equals("lineActual")) {
        lineActual = change;
      }
    }
    assertThat(lineActual.get("from").asText()).isEqualTo("9000");
    assertThat(lineActual.get("to").asText()).isEqualTo("12500");

    JsonNode progress =
        http.get("auditor", "secret", project + "/audit?type=ProgressReported&actor=manager")
            .json();
    assertThat(progress.get("entries").get(1).get("summary").asText())
        .isEqualTo("Reported progress 60% → 100% as of 2026-01-12");
    assertThat(progress.get("entries").get(1).get("reason").asText()).isEqualTo("Reported");

    JsonNode stakeholder =
        http.get("auditor", "secret", project + "/audit?type=StakeholderRegistered").json();
    assertThat(stakeholder.toString()).doesNotContain("Ada").contains("sealed personal data");

    assertThat(http.get("viewer", "secret", project + "/audit").status()).isEqualTo(403);
    assertThat(http.get("manager", "secret", "/api/audit").status()).isEqualTo(403);
    assertThat(http.get("auditor", "secret", "/api/audit?type=BaselineSet").json().get("entries"))
        .hasSize(1);
  }

  @Test
  void provenanceNamesTheEventsBehindAFigureWithWhoAndWhy() {
    Answer provenance =
        http.get(
            "auditor",
            "secret",
            project
                + "/dashboard/provenance?figure=AC&statusDate=2026-01-15&minVersion="
                + version);
    assertThat(provenance.header("X-Projection-Version")).isEqualTo(String.valueOf(version));
    JsonNode actual = provenance.json();
    assertThat(actual.get("value").decimalValue()).isEqualByComparingTo("14500.00");
    assertThat(actual.get("events").findValuesAsText("type"))
        .containsExactly("CostRecorded", "CostRecorded", "CostRecorded");
    assertThat(actual.get("events").findValuesAsText("actor")).containsOnly("manager");

    JsonNode earned =
        http.get(
                "auditor",
                "secret",
                project + "/dashboard/provenance?figure=EV&statusDate=2026-01-15")
            .json();
    assertThat(earned.get("value").decimalValue()).isEqualByComparingTo("16000.00");
    assertThat(earned.get("events").findValuesAsText("type"))
        .containsExactly("BaselineSet", "ProgressReported", "ProgressReported");
    assertThat(earned.get("events").get(1).get("summary").asText())
        .isEqualTo("Reported progress 60% → 100% as of 2026-01-12");

    Answer noLine =
        http.get("auditor", "secret", project + "/dashboard/provenance?figure=LINE_ACTUAL");
    assertThat(noLine.status()).isEqualTo(400);
    assertThat(http.get("viewer", "secret", project + "/dashboard/provenance?figure=AC").status())
        .as("a VIEWER sees dashboards, not who entered what")
        .isEqualTo(403);
    assertThat(http.get("auditor", "secret", project + "/dashboard/provenance?figure=XYZ").status())
        .isEqualTo(400);
  }

  @Test
  void aStakeholdersTimelineFollowsTheirInterests() {
    Answer answer =
        http.get(
            "manager",
            "secret",
            project + "/stakeholders/" + stakeholder + "/timeline?minVersion=" + version);
    assertThat(answer.header("X-Projection-Version")).isEqualTo(String.valueOf(version));
    JsonNode timeline = answer.json();

    assertThat(timeline.get("interests").toString()).isEqualTo("[\"BUDGET\"]");
    List<String> types = timeline.get("entries").findValuesAsText("type");
    assertThat(types)
        .contains("BudgetLineOpened", "CostRecorded")
        .doesNotContain("ProgressReported", "RiskLogged");
    assertThat(timeline.get("entries").get(0).get("concerns").toString()).isEqualTo("[\"BUDGET\"]");
    assertThat(
            http.get(
                    "manager",
                    "secret",
                    project + "/stakeholders/" + java.util.UUID.randomUUID() + "/timeline")
                .status())
        .isEqualTo(404);
  }

  @Test
  void dashboardAndScheduleAsOfAnInstantBetweenTwoWritesShowTheEarlierFigures() throws Exception {
    String other =
        "/api/projects/"
            + http.post(
                    "pmo",
                    "secret",
                    "/api/projects",
                    """
                    {"code":"PRJ-ASOF-1","name":"As of","sponsor":"sponsor","manager":"manager","currency":"EUR",
                     "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":30,"costPercent":50},%s}
                    """
                        .formatted(ProjectScript.EVERY_DAY))
                .json()
                .get("projectId")
                .asText();
    String line = id(write(other + "/budget-lines", "{\"category\":\"LABOUR\",\"amount\":10000}"));
    String work =
        id(
            write(
                other + "/work-packages",
                workPackage("Build", "2026-03-01", "2026-03-31", "8000")));
    write(
        other + "/costs",
        "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1000,\"incurredOn\":\"2026-03-05\",\"reference\":\"A\"}"
            .formatted(line, work));
    String person =
        http.post(
                "pmo",
                "secret",
                other + "/stakeholders",
                "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"role\":\"CFO\",\"interests\":[\"BUDGET\"]}")
            .json()
            .get("id")
            .asText();
    Thread.sleep(20);
    java.time.Instant between = java.time.Instant.now();
    Thread.sleep(20);
    http.put(
        "manager",
        "secret",
        other + "/stakeholders/" + person + "/interests",
        "{\"interests\":[\"SCHEDULE\"],\"reason\":\"Now follows the dates\"}");
    write(
        other + "/costs",
        "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":500,\"incurredOn\":\"2026-03-06\",\"reference\":\"B\"}"
            .formatted(line, work));
    Answer moved =
        write(
            other + "/work-packages/" + work + "/reschedule",
            "{\"plannedStart\":\"2026-03-10\",\"plannedFinish\":\"2026-04-09\",\"reason\":\"Late start\"}");
    long latest = moved.json().get("version").asLong();

    JsonNode now =
        http.get(
                "viewer", "secret", other + "/dashboard?statusDate=2026-12-31&minVersion=" + latest)
            .json();
    assertThat(now.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("1500.00");

    Answer then =
        http.get("viewer", "secret", other + "/dashboard?statusDate=2026-12-31&asOf=" + between);
    assertThat(then.status()).isEqualTo(200);
    assertThat(then.json().at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(then.json().get("version").asLong()).isEqualTo(4);
    assertThat(then.header("X-Projection-Version")).isEqualTo("4");

    JsonNode scheduleThen =
        http.get("viewer", "secret", other + "/schedule?asOf=" + between).json();
    JsonNode scheduleNow = http.get("viewer", "secret", other + "/schedule").json();
    assertThat(scheduleThen.at("/items/0/plannedStart").asText()).isEqualTo("2026-03-01");
    assertThat(scheduleNow.at("/items/0/plannedStart").asText()).isEqualTo("2026-03-10");
    assertThat(
            http.get("viewer", "secret", other + "/dashboard?asOf=2020-01-01T00:00:00Z").status())
        .isEqualTo(404);
  }

  private Answer write(String path, String body) {
    Answer answer = http.post("manager", "secret", path, body);
    assertThat(answer.status()).as(answer.raw().body()).isBetween(200, 201);
    return answer;
  }

  private static String id(Answer answer) {
    return answer.json().get("id").asText();
  }

  private void progress(String workPackage, int percent, String date) {
    write(
        project + "/work-packages/" + workPackage + "/progress",
        "{\"percentComplete\":%d,\"statusDate\":\"%s\",\"reason\":\"Reported\"}"
            .formatted(percent, date));
  }

  private Answer cost(String line, String workPackage, String amount, String date) {
    return write(
        project + "/costs",
        "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":%s,\"incurredOn\":\"%s\",\"reference\":\"INV\"}"
            .formatted(line, workPackage, amount, date));
  }

  private static String workPackage(
      String name, String start, String finish, String cost, String... dependsOn) {
    String dependencies = String.join("\",\"", dependsOn);
    return "{\"name\":\"%s\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\",\"plannedCost\":%s,\"dependsOn\":[%s]}"
        .formatted(
            name, start, finish, cost, dependsOn.length == 0 ? "" : "\"" + dependencies + "\"");
  }
}

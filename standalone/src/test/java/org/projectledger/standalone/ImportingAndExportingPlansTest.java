package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.PlanFilesForTests.Spec;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plans in and out, on PostgreSQL: files written by MPXJ's own writers (MSPDI, XER) and a CSV are
 * imported into projects and their work packages, dates, dependencies and costs checked; an MSPDI
 * import exported again as MSPDI reads back with MPXJ as the same tasks, dates and links; a dry run
 * of a file with a dependency cycle and a task outside the project's dates names those rows and
 * appends nothing, and the real import of it is refused whole.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ImportingAndExportingPlansTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<Spec> ERP =
      List.of(
          Spec.task("Design", "2026-02-02", "2026-02-27", 10000),
          Spec.task("Build", "2026-03-02", "2026-04-30", 50000.5, "Design"),
          Spec.milestone("Go-live", "2026-04-30", "Build"),
          Spec.task("Training", "2026-05-04", "2026-05-29", 8000)
              .with("Build", RelationType.START_START));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void anMspdiFileBecomesWorkPackagesMilestonesAndDependenciesAndComesBackTheSame()
      throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-MSPDI-1");
    script.budgetLine("LABOUR", "200000");
    byte[] file = PlanFilesForTests.mspdi(ERP);

    HttpResponse<String> imported = upload(script, "erp-plan.xml", file, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode report = JSON.readTree(imported.body()).get("report");
    assertThat(report.get("source").get("format").asText()).isEqualTo("MSPDI");
    assertThat(report.get("source").get("sha256").asText()).isEqualTo(sha256(file));
    assertThat(report.get("created")).hasSize(4);
    assertThat(report.get("refused")).isEmpty();
    assertThat(report.get("notes").findValuesAsText("note"))
        .noneMatch(note -> note.contains("relation"))
        .anyMatch(note -> note.startsWith("the project now works the file's calendar"));
    long version = JSON.readTree(imported.body()).get("version").asLong();

    Map<String, JsonNode> items = scheduleByName(script, version);
    assertItem(items.get("Design"), "WORK_PACKAGE", "2026-02-02", "2026-02-27", "10000.00");
    assertItem(items.get("Build"), "WORK_PACKAGE", "2026-03-02", "2026-04-30", "50000.50");
    assertItem(items.get("Go-live"), "MILESTONE", "2026-04-30", "2026-04-30", null);
    assertItem(items.get("Training"), "WORK_PACKAGE", "2026-05-04", "2026-05-29", "8000.00");
    assertThat(items.get("Build").get("dependsOn").get(0).asText())
        .isEqualTo(items.get("Design").get("itemId").asText());
    assertThat(items.get("Go-live").get("dependsOn").get(0).asText())
        .isEqualTo(items.get("Build").get("itemId").asText());
    // Training starts with Build (SS): not a finish-to-start link, so in links only.
    assertThat(items.get("Training").get("dependsOn")).isEmpty();
    assertThat(items.get("Training").get("links").get(0).get("itemId").asText())
        .isEqualTo(items.get("Build").get("itemId").asText());
    assertThat(items.get("Training").get("links").get(0).get("type").asText()).isEqualTo("SS");

    // Every event says it came from the import: file, format, digest, row.
    JsonNode trail =
        script.awaitRead("/audit?type=WorkPackagePlanned", page -> page.get("entries").size() == 3);
    for (JsonNode entry : trail.get("entries")) {
      assertThat(entry.get("reason").asText())
          .startsWith("Imported from erp-plan.xml (MSPDI, SHA-256 " + sha256(file) + "), task ");
    }
    String export =
        new LedgerHttp(port).get("auditor", "secret", "/api/ledger/export").raw().body();
    int fromImport = 0;
    for (String line : export.split("\n")) {
      String metadata =
          new String(
              Base64.getDecoder().decode(JSON.readTree(line).get("metadata").asText()),
              StandardCharsets.UTF_8);
      if (metadata.contains("\"importSha256\":\"" + sha256(file) + "\"")) {
        assertThat(metadata).contains("\"importFile\":\"erp-plan.xml\"").contains("\"importRow\"");
        fromImport++;
      }
    }
    // The file's working calendar (CalendarSet), its four items and its own baseline values
    // (FileBaselineRecorded: the tasks' baseline costs).
    assertThat(fromImport).isEqualTo(6);

    // The same file again: the same plan, unchanged, so nothing is recorded.
    HttpResponse<String> again = upload(script, "erp-plan.xml", file, false);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).at("/report/unchanged")).hasSize(4);

    // Round trip: export as MSPDI, read it back with MPXJ.
    LedgerHttp.Answer xml =
        new LedgerHttp(port)
            .get(
                "manager",
                "secret",
                script.project + "/exports/schedule.xml?minVersion=" + version);
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.header("X-Ledger-Taken-At")).isNotBlank();
    assertThat(xml.header("Content-Disposition")).contains("PRJ-MSPDI-1-schedule-");
    ProjectFile back =
        new UniversalProjectReader()
            .read(new ByteArrayInputStream(xml.raw().body().getBytes(StandardCharsets.UTF_8)));
    assertThat(tasks(back)).isEqualTo(tasks(PlanFilesForTests.project(ERP)));
    assertThat(back.getProjectProperties().getSubject())
        .startsWith("Exported by Project Ledger at " + xml.header("X-Ledger-Taken-At"));
  }

  @Test
  void aPrimaveraXerFileAndACsvAreImportedWithTheirCostsAndLinks() throws Exception {
    ProjectScript p6 = ProjectScript.charter(new LedgerHttp(port), "PRJ-XER-1");
    p6.budgetLine("LABOUR", "200000");
    HttpResponse<String> xer = upload(p6, "erp.xer", PlanFilesForTests.xer(ERP), false);
    assertThat(xer.statusCode()).as(xer.body()).isEqualTo(201);
    JsonNode report = JSON.readTree(xer.body()).get("report");
    assertThat(report.get("source").get("format").asText()).isEqualTo("XER");
    // In an order the rules can take: every item after its predecessors.
    assertThat(report.get("created").findValuesAsText("row"))
        .containsExactlyInAnyOrder("activity 1", "activity 2", "activity 3", "activity 4");
    assertThat(report.get("created").findValuesAsText("row").indexOf("activity 2"))
        .isGreaterThan(report.get("created").findValuesAsText("row").indexOf("activity 1"));
    Map<String, JsonNode> items =
        scheduleByName(p6, JSON.readTree(xer.body()).get("version").asLong());
    assertItem(items.get("Design"), "WORK_PACKAGE", "2026-02-02", "2026-02-27", "10000.00");
    assertItem(items.get("Build"), "WORK_PACKAGE", "2026-03-02", "2026-04-30", "50000.50");
    assertItem(items.get("Go-live"), "MILESTONE", "2026-04-30", "2026-04-30", null);
    assertThat(items.get("Build").get("dependsOn").get(0).asText())
        .isEqualTo(items.get("Design").get("itemId").asText());

    ProjectScript sheet = ProjectScript.charter(new LedgerHttp(port), "PRJ-CSV-1");
    sheet.budgetLine("LABOUR", "100000");
    String csv =
        """
        id,name,type,start,finish,cost,predecessors
        A1,Survey,TASK,2026-03-02,2026-03-13,4000.25,
        A2,Fit-out,TASK,2026-03-16,2026-04-24,36000,A1
        A3,Handover,MILESTONE,,2026-04-24,,A2
        A4,Snagging,TASK,2026-04-27,2026-05-08,2000,A2SS+2d
        """;
    HttpResponse<String> fromCsv =
        upload(sheet, "fit-out.csv", csv.getBytes(StandardCharsets.UTF_8), false);
    assertThat(fromCsv.statusCode()).as(fromCsv.body()).isEqualTo(201);
    JsonNode csvReport = JSON.readTree(fromCsv.body()).get("report");
    assertThat(csvReport.get("notes")).isEmpty();
    Map<String, JsonNode> planned =
        scheduleByName(sheet, JSON.readTree(fromCsv.body()).get("version").asLong());
    assertItem(planned.get("Survey"), "WORK_PACKAGE", "2026-03-02", "2026-03-13", "4000.25");
    assertItem(planned.get("Fit-out"), "WORK_PACKAGE", "2026-03-16", "2026-04-24", "36000.00");
    assertItem(planned.get("Handover"), "MILESTONE", "2026-04-24", "2026-04-24", null);
    assertThat(planned.get("Handover").get("dependsOn").get(0).asText())
        .isEqualTo(planned.get("Fit-out").get("itemId").asText());
    // "A2SS+2d": Snagging starts two days after Fit-out starts, a link kept with its type and lag.
    assertThat(planned.get("Snagging").get("dependsOn")).isEmpty();
    assertThat(planned.get("Snagging").get("links").get(0).get("itemId").asText())
        .isEqualTo(planned.get("Fit-out").get("itemId").asText());
    assertThat(planned.get("Snagging").get("links").get(0).get("type").asText()).isEqualTo("SS");
    assertThat(planned.get("Snagging").get("links").get(0).get("lagDays").asInt()).isEqualTo(2);

    // The schedule CSV export has the import's columns: it can go back into a spreadsheet.
    LedgerHttp.Answer exported =
        new LedgerHttp(port).get("manager", "secret", sheet.project + "/exports/schedule.csv");
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.raw().body().lines().findFirst().orElseThrow())
        .startsWith("id,name,type,start,finish,cost,predecessors,");
    assertThat(exported.raw().body()).contains("Survey,TASK,2026-03-02,2026-03-13,4000.25");
    assertThat(exported.raw().body())
        .contains(
            "Snagging,TASK,2026-04-27,2026-05-08,2000.00,\""
                + planned.get("Fit-out").get("itemId").asText()
                + "SS+2d\",");
    LedgerHttp.Answer ev =
        new LedgerHttp(port)
            .get(
                "manager",
                "secret",
                sheet.project + "/exports/earned-value.csv?statusDate=2026-04-01");
    assertThat(ev.raw().body()).contains("figure,BAC,42000.25,EUR,2026-04-01");
    LedgerHttp.Answer audit =
        new LedgerHttp(port).get("auditor", "secret", sheet.project + "/exports/audit.csv");
    assertThat(audit.raw().body())
        .contains("WorkPackagePlanned")
        .contains("Imported from fit-out.csv");
  }

  @Test
  void aDryRunNamesTheCycleAndTheTaskOutsideTheProjectAndAppendsNothing() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-DRY-1");
    script.budgetLine("LABOUR", "200000");
    List<Spec> broken =
        List.of(
            Spec.task("Analyse", "2026-02-02", "2026-02-13", 1000, "Review"),
            Spec.task("Review", "2026-02-16", "2026-02-27", 1000, "Analyse"),
            Spec.task("Extend", "2027-03-01", "2027-03-31", 1000),
            Spec.task("Document", "2026-03-02", "2026-03-06", 500));
    byte[] file = PlanFilesForTests.mspdi(broken);
    long before = digestPosition();

    HttpResponse<String> dry = upload(script, "broken.xml", file, true);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(dry.body());
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    Map<String, String> refused = new TreeMap<>();
    for (JsonNode refusal : report.get("refused")) {
      refused.put(refusal.get("row").asText(), refusal.get("code").asText());
    }
    assertThat(refused)
        .containsEntry("task 1", "DEPENDENCY_CYCLE")
        .containsEntry("task 2", "DEPENDENCY_CYCLE")
        .containsEntry("task 3", "INVALID_DATES")
        .hasSize(3);
    assertThat(report.get("refused").findValuesAsText("detail"))
        .anyMatch(detail -> detail.contains("task 1") && detail.contains("task 2"))
        .anyMatch(detail -> detail.contains("2027-03-01"));
    assertThat(report.get("created").findValuesAsText("name")).containsExactly("Document");

    HttpResponse<String> real = upload(script, "broken.xml", file, false);
    assertThat(real.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(real.body());
    assertThat(problem.get("code").asText()).isEqualTo("IMPORT_REFUSED");
    assertThat(problem.get("refused")).hasSize(3);
    assertThat(real.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");

    Thread.sleep(300);
    assertThat(digestPosition()).isEqualTo(before);
    assertThat(scheduleByName(script, 0)).isEmpty();
  }

  /**
   * Third edition: what tools write and the first edition refused comes in — a task starting the
   * day its finish-to-start predecessor finishes (tasks of a few hours chained within one day), a
   * task without a name (kept as "(unnamed task N)" with a note) — and a row that breaks a rule is
   * one refusal line, with the rows refused only because they depend on it in one line beside it.
   */
  @Test
  void tasksChainedWithinADayAndATaskWithoutANameComeInAndOneBadRowIsOneLine() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-TOOLS-1");
    script.budgetLine("LABOUR", "200000");
    List<Spec> sameDay =
        List.of(
            Spec.task("Morning set-up", "2026-03-02", "2026-03-02", 400),
            Spec.task("Afternoon check", "2026-03-02", "2026-03-02", 300, "Morning set-up"),
            Spec.task("", "2026-03-03", "2026-03-04", 800, "Afternoon check"));
    HttpResponse<String> dry =
        upload(script, "same-day.xml", PlanFilesForTests.mspdi(sameDay), true);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(dry.body());
    assertThat(report.get("refused")).isEmpty();
    assertThat(report.get("created").findValuesAsText("name"))
        .containsExactly("Morning set-up", "Afternoon check", "(unnamed task 3)");
    assertThat(report.get("notes").findValuesAsText("note"))
        .contains("task without a name: kept as \"(unnamed task 3)\"");

    List<Spec> oneBadRow =
        List.of(
            Spec.task("Analyse", "2027-03-01", "2027-03-31", 1000),
            Spec.task("Design", "2026-04-01", "2026-04-30", 1000, "Analyse"),
            Spec.task("Build", "2026-05-01", "2026-05-29", 1000, "Design"),
            Spec.task("Test", "2026-06-01", "2026-06-30", 1000, "Build"),
            Spec.task("Document", "2026-03-02", "2026-03-06", 500));
    JsonNode refused =
        JSON.readTree(
                upload(script, "one-bad-row.xml", PlanFilesForTests.mspdi(oneBadRow), true).body())
            .get("refused");
    assertThat(refused).hasSize(2);
    assertThat(refused.get(0).get("row").asText()).isEqualTo("task 1");
    assertThat(refused.get(0).get("code").asText()).isEqualTo("INVALID_DATES");
    assertThat(refused.get(1).get("row").asText()).isEqualTo("task 2, task 3, task 4");
    assertThat(refused.get(1).get("code").asText()).isEqualTo("DEPENDENCY_VIOLATION");
    assertThat(refused.get(1).get("detail").asText())
        .isEqualTo("Refused with task 1, which they depend on: see the reason given there");
  }

  /**
   * The progress a file reports is never dropped: each task's percent complete becomes a progress
   * report as of the file's status date, naming the file and row, and the earned value follows.
   */
  @Test
  void theProgressAFileReportsIsKeptAsProgressReportsAtItsStatusDate() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-PROGRESS-1");
    script.budgetLine("LABOUR", "200000");
    List<Spec> plan =
        List.of(
            Spec.task("Design", "2026-02-02", "2026-02-27", 10000).done(100),
            Spec.task("Build", "2026-03-02", "2026-04-30", 50000, "Design").done(40),
            Spec.task("Test", "2026-05-04", "2026-05-29", 20000, "Build"));
    HttpResponse<String> imported =
        upload(
            script,
            "in-progress.xml",
            PlanFilesForTests.mspdi(plan, LocalDate.parse("2026-03-31")),
            false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(imported.body()).get("report").get("created");
    assertThat(created.findValuesAsText("name")).containsExactly("Design", "Build", "Test");
    assertThat(created.get(1).get("percentComplete").asInt()).isEqualTo(40);
    assertThat(created.get(1).get("progressOn").asText()).isEqualTo("2026-03-31");
    assertThat(created.get(2).get("percentComplete").isNull()).isTrue();

    long version = JSON.readTree(imported.body()).get("version").asLong();
    JsonNode progress =
        script.awaitRead(
            "/audit?type=ProgressReported&minVersion=" + version,
            page -> page.get("entries").size() == 2);
    assertThat(progress.get("entries").findValuesAsText("reason"))
        .allMatch(reason -> reason.startsWith("Imported from in-progress.xml (MSPDI"));
    JsonNode dashboard =
        new LedgerHttp(port)
            .get(
                "auditor",
                "secret",
                script.project + "/dashboard?statusDate=2026-03-31&minVersion=" + version)
            .json();
    assertThat(dashboard.at("/earnedValue/ev").decimalValue()).isEqualByComparingTo("30000");

    // A CSV says it in its percentComplete column (as the ledger's own schedule.csv writes it),
    // as of its statusDate column, else the day of the import; a value it cannot read is a note.
    ProjectScript sheet = ProjectScript.charter(new LedgerHttp(port), "PRJ-PROGRESS-2");
    sheet.budgetLine("LABOUR", "100000");
    String csv =
        "id,name,type,start,finish,cost,predecessors,percentComplete,statusDate\n"
            + "1,Survey,TASK,2026-03-02,2026-03-13,4000,,50,2026-03-10\n"
            + "2,Fit-out,TASK,2026-03-16,2026-04-10,8000,1,lots,2026-03-10\n";
    HttpResponse<String> fromCsv =
        upload(sheet, "progress.csv", csv.getBytes(StandardCharsets.UTF_8), false);
    assertThat(fromCsv.statusCode()).as(fromCsv.body()).isEqualTo(201);
    JsonNode csvReport = JSON.readTree(fromCsv.body()).get("report");
    assertThat(csvReport.get("created").get(0).get("percentComplete").asInt()).isEqualTo(50);
    assertThat(csvReport.get("notes").findValuesAsText("note"))
        .contains("percentComplete \"lots\" not read: it must be from 0 to 100");
    long csvVersion = JSON.readTree(fromCsv.body()).get("version").asLong();
    JsonNode csvDashboard =
        new LedgerHttp(port)
            .get(
                "auditor",
                "secret",
                sheet.project + "/dashboard?statusDate=2026-03-10&minVersion=" + csvVersion)
            .json();
    assertThat(csvDashboard.at("/earnedValue/ev").decimalValue()).isEqualByComparingTo("2000");
  }

  /**
   * Actuals in time: the actual dates a file gives come in with its progress reports, the schedule
   * shows them, and the forecast runs from them; an actual finish the progress contradicts is a
   * note.
   */
  @Test
  void theActualDatesAFileGivesComeInWithItsProgressAndMoveTheForecast() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-ACTUALS-1");
    script.budgetLine("LABOUR", "200000");
    List<Spec> plan =
        List.of(
            // Design finished a week late; Build started a week late and is 40 % done.
            Spec.task("Design", "2026-02-02", "2026-02-27", 10000)
                .done(100)
                .ran("2026-02-02", "2026-03-06"),
            Spec.task("Build", "2026-03-02", "2026-04-30", 50000, "Design")
                .done(40)
                .ran("2026-03-09", "2026-03-20"),
            Spec.task("Test", "2026-05-04", "2026-05-29", 20000, "Build"));
    HttpResponse<String> imported =
        upload(
            script,
            "actuals.xml",
            PlanFilesForTests.mspdi(plan, LocalDate.parse("2026-03-31")),
            false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode report = JSON.readTree(imported.body()).get("report");
    assertThat(report.get("notes").findValuesAsText("note"))
        .contains("actual finish 2026-03-20 not kept: the task is 40% complete as of 2026-03-31");
    long version = JSON.readTree(imported.body()).get("version").asLong();
    JsonNode schedule =
        script.awaitRead(
            "/schedule?statusDate=2026-03-31&minVersion=" + version,
            page -> page.get("items").size() == 3);
    Map<String, JsonNode> items = new LinkedHashMap<>();
    schedule.get("items").forEach(item -> items.put(item.get("name").asText(), item));
    assertThat(items.get("Design").get("actualStart").asText()).isEqualTo("2026-02-02");
    assertThat(items.get("Design").get("actualFinish").asText()).isEqualTo("2026-03-06");
    assertThat(items.get("Build").get("actualStart").asText()).isEqualTo("2026-03-09");
    assertThat(items.get("Build").get("actualFinish").isNull()).isTrue();
    assertThat(items.get("Test").get("actualStart").isNull()).isTrue();
    JsonNode project =
        new LedgerHttp(port)
            .get("auditor", "secret", script.project + "?minVersion=" + version)
            .json();
    assertThat(project.get("workPackages").get(0).get("actualFinish").asText())
        .isEqualTo("2026-03-06");

    // The ledger's own schedule.csv writes them back, with the status date they hold on, and a
    // project importing it holds them too.
    String csv =
        new LedgerHttp(port)
            .get(
                "manager", "secret", script.project + "/exports/schedule.csv?statusDate=2026-03-31")
            .raw()
            .body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .contains(",percentComplete,statusDate,actualStart,actualFinish,");
    assertThat(csv).contains(",Design,TASK,").contains(",100,2026-03-31,2026-02-02,2026-03-06,");
    ProjectScript copy = ProjectScript.charter(new LedgerHttp(port), "PRJ-ACTUALS-2");
    copy.budgetLine("LABOUR", "200000");
    HttpResponse<String> again =
        upload(copy, "schedule.csv", csv.getBytes(StandardCharsets.UTF_8), false);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    JsonNode copied =
        copy.awaitRead(
            "/schedule?statusDate=2026-03-31&minVersion="
                + JSON.readTree(again.body()).get("version").asLong(),
            page -> page.get("items").size() == 3);
    assertThat(copied.get("items").findValuesAsText("actualStart"))
        .contains("2026-02-02", "2026-03-09");

    // With a baseline, the forecast runs from what happened, in the file's working days (Monday to
    // Friday): Build (44 working days) from its actual start on 9 March to 7 May, Test (20 working
    // days) from 8 May to 4 June.
    assertThat(script.baseline().status()).isEqualTo(200);
    JsonNode dashboard =
        new LedgerHttp(port)
            .get("auditor", "secret", script.project + "/dashboard?statusDate=2026-03-31")
            .json();
    assertThat(dashboard.at("/schedule/forecastFinish").asText()).isEqualTo("2026-06-04");
  }

  /**
   * The same plan — work packages, milestones, links of all four types with lags and a lead, costs,
   * progress and actual dates — written by each of MPXJ's writers (MS Project's MSPDI, Primavera's
   * XER and PMXML) and imported: the ledger's schedule holds what MPXJ itself reads back from the
   * same file, every link with its type and lag.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"MSPDI", "XER", "PMXML"})
  void eachWritersFileComesInAsMpxjReadsIt(String format) throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-MATRIX-" + format);
    script.budgetLine("LABOUR", "200000");
    List<Spec> plan =
        List.of(
            Spec.task("Design", "2026-02-02", "2026-02-27", 10000)
                .done(100)
                .ran("2026-02-02", "2026-02-27"),
            Spec.task("Build", "2026-03-02", "2026-04-30", 50000, "Design")
                .done(40)
                .ran("2026-03-02", null),
            Spec.task("Docs", "2026-02-09", "2026-03-13", 3000)
                .with("Design", RelationType.START_START, 5),
            Spec.task("Test", "2026-05-06", "2026-05-29", 20000)
                .with("Build", RelationType.FINISH_START, 3),
            Spec.task("Sign-off", "2026-05-25", "2026-06-02", 1000)
                .with("Test", RelationType.FINISH_FINISH, 2),
            Spec.milestone("Go-live", "2026-06-01", "Test"),
            Spec.task("Cut-over", "2026-05-27", "2026-06-01", 2000)
                .with("Go-live", RelationType.START_FINISH, 0),
            Spec.task("Hypercare", "2026-05-28", "2026-06-30", 4000)
                .with("Test", RelationType.FINISH_START, -2));
    // The WBS: Delivery, with Phase 1 (Design, Build, Docs) and Phase 2 (the rest) under it.
    Map<String, List<String>> wbs =
        PlanFilesForTests.wbs(
            "Delivery",
            List.of("Phase 1", "Phase 2"),
            "Phase 1",
            List.of("Design", "Build", "Docs"),
            "Phase 2",
            List.of("Test", "Sign-off", "Go-live", "Cut-over", "Hypercare"));
    // The file's own baseline for Build: a week shorter and cheaper than its plan now.
    ProjectFile written = PlanFilesForTests.project(plan, wbs);
    written.getTasks().stream()
        .filter(task -> "Build".equals(task.getName()))
        .forEach(
            task -> {
              task.setBaselineStart(LocalDate.parse("2026-03-02").atTime(8, 0));
              task.setBaselineFinish(LocalDate.parse("2026-04-23").atTime(17, 0));
              task.setBaselineCost(45000);
            });
    byte[] bytes = PlanFilesForTests.written(format, written, LocalDate.parse("2026-03-31"));
    HttpResponse<String> imported = upload(script, "plan." + format.toLowerCase(), bytes, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    long version = JSON.readTree(imported.body()).get("version").asLong();
    JsonNode schedule =
        script.awaitRead(
            "/schedule?statusDate=2026-03-31&minVersion=" + version,
            page -> page.get("items").size() == 11);
    Map<String, JsonNode> ours = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    schedule.get("items").forEach(item -> ours.put(item.get("name").asText(), item));
    ours.forEach((name, item) -> names.put(item.get("itemId").asText(), name));

    ProjectFile read = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
    List<Task> tasks =
        read.getTasks().stream()
            .filter(task -> task.getName() != null && !task.getSummary() && task.getUniqueID() != 0)
            .toList();
    assertThat(tasks).hasSize(8);
    // Each task under the summary the file puts it under, and the summaries as the WBS.
    for (Task task : tasks) {
      String parent =
          task.getParentTask() == null || task.getParentTask().getUniqueID() == 0
              ? null
              : task.getParentTask().getName();
      JsonNode item = ours.get(task.getName());
      assertThat(item.get("parentId").isNull() ? null : names.get(item.get("parentId").asText()))
          .as(format + ": " + task.getName() + "'s summary")
          .isEqualTo(parent);
    }
    assertThat(ours.get("Delivery").get("wbsCode").asText()).isEqualTo("1");
    assertThat(ours.get("Phase 1").get("wbsCode").asText()).isEqualTo("1.1");
    assertThat(ours.get("Design").get("wbsCode").asText()).isEqualTo("1.1.1");
    assertThat(ours.get("Phase 2").get("kind").asText()).isEqualTo("SUMMARY");
    // Rolled up: Phase 1 from Design's start to Build's finish, its cost the three packages'
    // (10,000 + 50,000 + 3,000), its earned value Design's whole and 40 % of Build.
    assertThat(ours.get("Phase 1").get("plannedStart").asText()).isEqualTo("2026-02-02");
    assertThat(ours.get("Phase 1").get("plannedFinish").asText()).isEqualTo("2026-04-30");
    assertThat(ours.get("Phase 1").get("plannedCost").decimalValue()).isEqualByComparingTo("63000");
    assertThat(ours.get("Phase 1").get("earnedValue").decimalValue()).isEqualByComparingTo("30000");
    assertThat(ours.get("Delivery").get("plannedFinish").asText()).isEqualTo("2026-06-30");
    // Each element's earned value and planned value add up to the dashboard's, on the same day.
    JsonNode dashboard = script.awaitRead("/dashboard?statusDate=2026-03-31", page -> true);
    assertThat(ours.get("Design").get("earnedValue").decimalValue()).isEqualByComparingTo("10000");
    assertThat(ours.get("Delivery").get("earnedValue").decimalValue())
        .isEqualByComparingTo(dashboard.at("/earnedValue/ev").decimalValue());
    assertThat(ours.get("Delivery").get("plannedValue").decimalValue())
        .isEqualByComparingTo(dashboard.at("/earnedValue/pv").decimalValue());
    for (Task task : tasks) {
      JsonNode item = ours.get(task.getName());
      assertThat(item).as(format + ": " + task.getName()).isNotNull();
      assertThat(item.get("kind").asText())
          .isEqualTo(task.getMilestone() ? "MILESTONE" : "WORK_PACKAGE");
      // The file's own id for the task: P6's activity id, else the tool's unique id.
      assertThat(item.get("sourceId").asText())
          .as(format + ": " + task.getName() + "'s source id")
          .isEqualTo(
              task.getActivityID() != null && !task.getActivityID().isBlank()
                  ? task.getActivityID()
                  : String.valueOf(task.getUniqueID()));
      assertThat(item.get("plannedFinish").asText())
          .as(format + ": " + task.getName() + "'s finish")
          .isEqualTo(task.getFinish().toLocalDate().toString());
      if (!task.getMilestone()) {
        assertThat(item.get("plannedStart").asText())
            .as(format + ": " + task.getName() + "'s start")
            .isEqualTo(task.getStart().toLocalDate().toString());
        assertThat(item.get("actualStart").isNull() ? null : item.get("actualStart").asText())
            .as(format + ": " + task.getName() + "'s actual start")
            .isEqualTo(
                task.getActualStart() == null
                    ? null
                    : task.getActualStart().toLocalDate().toString());
        assertThat(item.get("actualFinish").isNull() ? null : item.get("actualFinish").asText())
            .as(format + ": " + task.getName() + "'s actual finish")
            .isEqualTo(
                task.getActualFinish() == null
                    ? null
                    : task.getActualFinish().toLocalDate().toString());
      }
      if (!task.getMilestone()) {
        Number percent = task.getPercentageComplete();
        assertThat(item.get("percentComplete").asInt())
            .as(format + ": " + task.getName() + "'s percent complete")
            .isEqualTo(percent == null ? 0 : Math.round(percent.floatValue()));
      }
      // The file's own baseline, where MPXJ reads one from the file, beside the plan.
      assertThat(text(item, "fileBaselineStart"))
          .as(format + ": " + task.getName() + "'s file baseline start")
          .isEqualTo(
              task.getBaselineStart() == null
                  ? null
                  : task.getBaselineStart().toLocalDate().toString());
      if (!task.getMilestone()) {
        assertThat(text(item, "fileBaselineFinish"))
            .as(format + ": " + task.getName() + "'s file baseline finish")
            .isEqualTo(
                task.getBaselineFinish() == null
                    ? null
                    : task.getBaselineFinish().toLocalDate().toString());
      }
      // Every link as MPXJ reads it from the file: predecessor, type, lag in days.
      List<String> predecessors =
          task.getPredecessors().stream()
              .map(
                  r ->
                      r.getPredecessorTask().getName()
                          + " "
                          + TYPES.get(r.getType())
                          + " "
                          + (r.getLag() == null
                              ? 0
                              : Math.round(
                                  r.getLag()
                                      .convertUnits(TimeUnit.DAYS, read.getProjectProperties())
                                      .getDuration())))
              .toList();
      List<String> links = new ArrayList<>();
      item.get("links")
          .forEach(
              link ->
                  links.add(
                      names.get(link.get("itemId").asText())
                          + " "
                          + link.get("type").asText()
                          + " "
                          + link.get("lagDays").asInt()));
      assertThat(links).as(format + ": " + task.getName() + "'s links").isEqualTo(predecessors);
    }
    assertThat(ours.get("Docs").get("links").get(0).get("lagDays").asInt()).isEqualTo(5);
    assertThat(ours.get("Hypercare").get("links").get(0).get("lagDays").asInt()).isEqualTo(-2);
    assertThat(ours.get("Cut-over").get("links").get(0).get("type").asText()).isEqualTo("SF");
    // The file's calendar (Monday to Friday) is the project's now, and the critical path method
    // ran on the file's network in its working days: Test starts the third working day after
    // Build's last (Thursday 30 Apr): Wednesday 6 May. Hypercare (to 30 Jun, the last) may start
    // two working days before Test's end (the lead), which makes Test critical; Sign-off, which
    // only finishes with Test, may slip from 2 Jun to 30 Jun: 20 working days of float.
    assertThat(schedule.at("/calendar/workingDays")).hasSize(5);
    // Its holidays as MPXJ reads them from the file: New Year's Day and 24 to 31 December.
    List<String> holidays = new ArrayList<>();
    read.getDefaultCalendar()
        .getCalendarExceptions()
        .forEach(
            exception ->
                exception
                    .getExpandedExceptions()
                    .forEach(
                        one -> {
                          for (LocalDate day = one.getFromDate();
                              !day.isAfter(one.getToDate());
                              day = day.plusDays(1)) {
                            holidays.add(day.toString());
                          }
                        }));
    List<String> ourHolidays = new ArrayList<>();
    schedule.at("/calendar/nonWorkingDates").forEach(day -> ourHolidays.add(day.asText()));
    assertThat(ourHolidays).as(format + ": holidays").isEqualTo(holidays).hasSize(9);
    assertThat(JSON.readTree(imported.body()).at("/report/notes").findValuesAsText("note"))
        .contains(
            "the project now works the file's calendar: MONDAY, TUESDAY, WEDNESDAY, THURSDAY,"
                + " FRIDAY working, 9 non-working date(s)");
    assertThat(ours.get("Test").get("earlyStart").asText()).isEqualTo("2026-05-06");
    assertThat(ours.get("Hypercare").get("critical").asBoolean()).isTrue();
    assertThat(ours.get("Test").get("critical").asBoolean()).isTrue();
    assertThat(ours.get("Test").get("lateFinish").asText()).isEqualTo("2026-05-29");
    assertThat(ours.get("Sign-off").get("totalFloat").asInt()).isEqualTo(20);

    // And out again: the ledger's MSPDI export holds the same links, types and lags.
    String xml =
        new LedgerHttp(port)
            .get(
                "manager", "secret", script.project + "/exports/schedule.xml?minVersion=" + version)
            .raw()
            .body();
    ProjectFile back =
        new UniversalProjectReader()
            .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(tasks(back))
        .as(format + ": the export read back")
        .isEqualTo(tasks(PlanFilesForTests.project(plan, wbs)));
    assertThat(ours.get("Design").get("percentComplete").asInt()).isEqualTo(100);
    assertThat(ours.get("Build").get("percentComplete").asInt()).isEqualTo(40);
    assertThat(ours.get("Test").get("percentComplete").asInt()).isZero();
  }

  /**
   * Re-import (third edition): a newer version of a plan already imported is the same plan, matched
   * by each task's sourceId. The same file twice changes nothing (200); a dry run of a newer
   * version lists what it would change and records nothing; applied, its differences are the
   * ordinary events (201); after the baseline, the changes to baselined work go to the sponsor as
   * one change request, and new tasks come in directly.
   */
  @Test
  void aNewerVersionOfAnImportedPlanUpdatesItAndTheSameFileTwiceChangesNothing() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-REIMPORT-1");
    script.budgetLine("LABOUR", "200000");
    List<Spec> first =
        List.of(
            Spec.task("Design", "2026-02-02", "2026-02-27", 10000),
            Spec.task("Build", "2026-03-02", "2026-04-30", 50000, "Design"),
            Spec.task("Test", "2026-05-04", "2026-05-29", 20000, "Build"),
            Spec.milestone("Go-live", "2026-05-29", "Test"),
            Spec.task("Extras", "2026-06-01", "2026-06-12", 1000));
    byte[] v1 = PlanFilesForTests.mspdi(first);
    HttpResponse<String> imported = upload(script, "v1.xml", v1, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

    HttpResponse<String> again = upload(script, "v1.xml", v1, false);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode same = JSON.readTree(again.body()).get("report");
    assertThat(same.get("created")).isEmpty();
    assertThat(same.get("changed")).isEmpty();
    assertThat(same.get("cancelled")).isEmpty();
    assertThat(same.get("unchanged")).hasSize(5);
    long unchangedVersion = JSON.readTree(imported.body()).get("version").asLong();

    // Version 2: Design re-costed, Build two weeks longer and Test and Go-live after it, Go-live
    // renamed Launch, Extras dropped.
    List<Spec> second =
        List.of(
            Spec.task("Design", "2026-02-02", "2026-02-27", 12000),
            Spec.task("Build", "2026-03-02", "2026-05-08", 50000, "Design"),
            Spec.task("Test", "2026-05-11", "2026-06-05", 20000, "Build"),
            Spec.milestone("Launch", "2026-06-05", "Test"));
    byte[] v2 = PlanFilesForTests.mspdi(second);
    HttpResponse<String> dry = upload(script, "v2.xml", v2, true);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode preview = JSON.readTree(dry.body());
    Map<String, List<String>> changes = new TreeMap<>();
    preview
        .get("changed")
        .forEach(
            change -> {
              List<String> what = new ArrayList<>();
              change.get("changes").forEach(text -> what.add(text.asText()));
              changes.put(change.get("name").asText(), what);
            });
    assertThat(changes)
        .containsEntry("Design", List.of("planned cost 10000.00 → 12000.00"))
        .containsEntry("Build", List.of("dates 2026-03-02 – 2026-04-30 → 2026-03-02 – 2026-05-08"))
        .containsEntry("Test", List.of("dates 2026-05-04 – 2026-05-29 → 2026-05-11 – 2026-06-05"))
        .containsEntry(
            "Launch", List.of("name \"Go-live\" → \"Launch\"", "due 2026-05-29 → 2026-06-05"))
        .hasSize(4);
    assertThat(preview.get("cancelled").findValuesAsText("name")).containsExactly("Extras");
    assertThat(
            new LedgerHttp(port)
                .get("auditor", "secret", script.project)
                .json()
                .get("version")
                .asLong())
        .isEqualTo(unchangedVersion);

    HttpResponse<String> applied = upload(script, "v2.xml", v2, false);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    long version = JSON.readTree(applied.body()).get("version").asLong();
    Map<String, JsonNode> items = scheduleByName(script, version);
    assertItem(items.get("Build"), "WORK_PACKAGE", "2026-03-02", "2026-05-08", "50000.00");
    assertItem(items.get("Design"), "WORK_PACKAGE", "2026-02-02", "2026-02-27", "12000.00");
    assertThat(items.get("Launch").get("plannedFinish").asText()).isEqualTo("2026-06-05");
    assertThat(items).doesNotContainKey("Go-live");
    assertThat(items).doesNotContainKey("Extras");
    JsonNode trail =
        script.awaitRead(
            "/audit?type=WorkPackageCancelled", page -> page.get("entries").size() == 1);
    assertThat(trail.at("/entries/0/reason").asText()).startsWith("Imported from v2.xml");

    // After the baseline: Build re-costed goes to the sponsor as one change request; Training,
    // new, is planned directly.
    assertThat(script.baseline().status()).isEqualTo(200);
    List<Spec> third = new ArrayList<>(second);
    third.set(1, Spec.task("Build", "2026-03-02", "2026-05-08", 55000, "Design"));
    third.add(Spec.task("Training", "2026-06-08", "2026-06-19", 2000, "Test"));
    HttpResponse<String> later = upload(script, "v3.xml", PlanFilesForTests.mspdi(third), false);
    assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
    JsonNode report = JSON.readTree(later.body()).get("report");
    assertThat(report.get("created").findValuesAsText("name")).containsExactly("Training");
    assertThat(report.get("changed").findValuesAsText("name")).containsExactly("Build");
    String changeRequest = report.get("changeRequestId").asText();
    JsonNode dashboard =
        script.awaitRead("/dashboard", view -> view.get("openChangeRequests").size() == 1);
    assertThat(dashboard.at("/openChangeRequests/0/changeRequestId").asText())
        .isEqualTo(changeRequest);
    assertThat(dashboard.at("/openChangeRequests/0/title").asText())
        .isEqualTo("Plan update from v3.xml");
    // Build keeps its cost until the sponsor approves.
    assertItem(
        scheduleByName(script, JSON.readTree(later.body()).get("version").asLong()).get("Build"),
        "WORK_PACKAGE",
        "2026-03-02",
        "2026-05-08",
        "50000.00");
  }

  @Test
  void aCancelledItemGoesOutMarkedAndStaysOutWhenTheFileComesBack() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-CANCEL-1");
    script.budgetLine("LABOUR", "100000");
    String survey = script.workPackage("Survey", "2026-03-02", "2026-03-13", "4000");
    String extras = script.workPackage("Extras", "2026-03-16", "2026-03-27", "6000");
    LedgerHttp.Answer cancelled =
        script.post(
            "manager",
            "/work-packages/" + extras + "/cancellation",
            "{\"reason\":\"Descoped by the steering group\"}");
    assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
    long version = cancelled.json().get("version").asLong();

    // Out: the CSV marks it, MSPDI keeps it as an inactive task.
    String csv =
        new LedgerHttp(port)
            .get(
                "manager", "secret", script.project + "/exports/schedule.csv?minVersion=" + version)
            .raw()
            .body();
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",critical,cancelled");
    assertThat(csv.lines().filter(line -> line.contains(survey)))
        .singleElement()
        .asString()
        .endsWith(",false");
    assertThat(csv.lines().filter(line -> line.contains(extras)))
        .singleElement()
        .asString()
        .contains("Extras,TASK,2026-03-16,2026-03-27,6000")
        .endsWith(",true");
    String xml =
        new LedgerHttp(port)
            .get(
                "manager", "secret", script.project + "/exports/schedule.xml?minVersion=" + version)
            .raw()
            .body();
    ProjectFile back =
        new UniversalProjectReader()
            .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Map<String, Boolean> active = new TreeMap<>();
    back.getTasks().stream()
        .filter(task -> task.getName() != null && task.getUniqueID() != 0)
        .forEach(task -> active.put(task.getName(), task.getActive()));
    assertThat(active).containsExactly(Map.entry("Extras", false), Map.entry("Survey", true));

    // In again, into another project: the cancelled item stays out, with a note saying so.
    for (var file :
        Map.of(
                "plan.csv", csv.getBytes(StandardCharsets.UTF_8),
                "plan.xml", xml.getBytes(StandardCharsets.UTF_8))
            .entrySet()) {
      ProjectScript next =
          ProjectScript.charter(
              new LedgerHttp(port), "PRJ-CANCEL-" + file.getKey().substring(5).toUpperCase());
      next.budgetLine("LABOUR", "100000");
      HttpResponse<String> dry = upload(next, file.getKey(), file.getValue(), true);
      assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
      JsonNode report = JSON.readTree(dry.body());
      assertThat(report.get("created").findValuesAsText("name"))
          .as(file.getKey())
          .containsExactly("Survey");
      assertThat(report.get("notes").findValuesAsText("note"))
          .as(file.getKey())
          .anyMatch(note -> note.contains("\"Extras\" not imported"));
    }
  }

  private long digestPosition() throws Exception {
    Thread.sleep(300);
    JsonNode digest = new LedgerHttp(port).get("auditor", "secret", "/api/ledger/digest").json();
    return digest.get("position").asLong();
  }

  private static String text(JsonNode item, String field) {
    return item.get(field) == null || item.get(field).isNull() ? null : item.get(field).asText();
  }

  private static final Map<RelationType, String> TYPES =
      Map.of(
          RelationType.FINISH_START, "FS",
          RelationType.START_START, "SS",
          RelationType.FINISH_FINISH, "FF",
          RelationType.START_FINISH, "SF");

  private static void assertItem(
      JsonNode item, String kind, String start, String finish, String cost) {
    assertThat(item).as("item").isNotNull();
    assertThat(item.get("kind").asText()).isEqualTo(kind);
    assertThat(item.get("plannedStart").asText()).isEqualTo(start);
    assertThat(item.get("plannedFinish").asText()).isEqualTo(finish);
    if (cost == null) {
      assertThat(item.get("plannedCost").isNull()).isTrue();
    } else {
      assertThat(item.get("plannedCost").decimalValue()).isEqualByComparingTo(cost);
    }
  }

  private Map<String, JsonNode> scheduleByName(ProjectScript script, long version) {
    JsonNode schedule =
        new LedgerHttp(port)
            .get("manager", "secret", script.project + "/schedule?minVersion=" + version)
            .json();
    Map<String, JsonNode> byName = new TreeMap<>();
    schedule.get("items").forEach(item -> byName.put(item.get("name").asText(), item));
    return byName;
  }

  /** Each task as "name start–finish; FINISH_START predecessor", from a file read by MPXJ. */
  private static Map<String, String> tasks(ProjectFile file) {
    Map<String, String> tasks = new TreeMap<>();
    for (Task task : file.getTasks()) {
      if (task.getName() == null || task.getUniqueID() == 0) {
        continue;
      }
      List<String> links = new ArrayList<>();
      task.getPredecessors()
          .forEach(
              relation ->
                  links.add(
                      relation.getType().name()
                          + " "
                          + relation.getPredecessorTask().getName()
                          + (relation.getLag() == null || relation.getLag().getDuration() == 0
                              ? ""
                              : " " + relation.getLag())));
      tasks.put(
          task.getName(),
          task.getStart().toLocalDate()
              + "–"
              + task.getFinish().toLocalDate()
              + (links.isEmpty() ? "" : "; " + String.join("; ", links)));
    }
    return tasks;
  }

  private HttpResponse<String> upload(
      ProjectScript script, String fileName, byte[] bytes, boolean dryRun) {
    return new LedgerHttp(port)
        .upload("manager", "secret", script.project + "/imports?dryRun=" + dryRun, fileName, bytes)
        .raw();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}

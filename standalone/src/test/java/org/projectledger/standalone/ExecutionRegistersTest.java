package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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
 * Execution's registers over HTTP and in Chromium: the issue register (raised, resolved, closed,
 * escalated into a change request; the ISSUE topic of a stakeholder's timeline), owners who report
 * progress and submit deliverables, acceptance by the named acceptor and never the submitter, the
 * sponsor's waiver and the hand-over that waits for it, risk responses with EMV and the reserve
 * drawn only against a risk, lessons, the registers as of an earlier instant, the dashboard's
 * exposure against the reserve, and the end-project report (JSON, CSV, page).
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ExecutionRegistersTest {

  private static final String PASSWORD = TestUsers.PASSWORD;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  private static void status(Answer answer, int expected) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(expected);
  }

  private static void refused(Answer answer, int expected, String code) {
    status(answer, expected);
    assertThat(answer.json().get("code").asText()).isEqualTo(code);
  }

  @Test
  void theRegistersKeepWhoDidWhatAndTheEndProjectReportSumsThemUp() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-REG-1");
    String p = script.project;
    String stakeholder = script.stakeholder("Ada", "ada@example.org", "Auditor", "\"ISSUE\"");
    String labour = script.budgetLine("LABOUR", "100000");
    String reserve = script.budgetLine("CONTINGENCY", "20000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    String build = script.workPackage("Build", "2026-03-01", "2026-04-30", "50000");

    // Owners, and each deliverable's criteria and acceptor.
    status(
        http.put(
            "manager", PASSWORD, p + "/work-packages/" + design + "/owner", "{\"owner\":\"pmo\"}"),
        200);
    status(
        http.put(
            "manager", PASSWORD, p + "/work-packages/" + build + "/owner", "{\"owner\":\"sam\"}"),
        200);
    refused(
        http.put(
            "sponsor",
            PASSWORD,
            p + "/work-packages/" + build + "/owner",
            "{\"owner\":\"sponsor\"}"),
        403,
        "FORBIDDEN");
    status(
        http.put(
            "manager",
            PASSWORD,
            p + "/work-packages/" + design + "/acceptance-criteria",
            "{\"criteria\":[\"Every interface specified\"],\"acceptor\":\"pmo\"}"),
        200);
    status(
        http.put(
            "manager",
            PASSWORD,
            p + "/work-packages/" + build + "/acceptance-criteria",
            "{\"criteria\":[\"Runs the month-end close\"],\"acceptor\":\"sponsor\"}"),
        200);
    status(
        http.put(
            "manager",
            PASSWORD,
            p + "/work-packages/" + build + "/acceptance-criteria",
            "{\"criteria\":[],\"acceptor\":\"sponsor\"}"),
        400);

    // A threat with its response: EMV is 50 % (probability 3) of 40,000.
    String risk =
        script.created(
            "manager",
            "/risks",
            "{\"title\":\"Vendor insolvency\",\"probability\":3,\"impact\":4,\"owner\":\"manager\"}");
    String response =
        "{\"strategy\":\"%s\",\"owner\":\"sam\",\"proximity\":\"2026-06-30\",\"costImpact\":40000,"
            + "\"response\":\"Second vendor on call\"}";
    refused(
        script.post("manager", "/risks/" + risk + "/response", response.formatted("EXPLOIT")),
        400,
        "VALIDATION_FAILED");
    status(
        script.post("manager", "/risks/" + risk + "/response", response.formatted("TRANSFER")),
        200);

    // The reserve is drawn only against a named risk.
    String draw =
        "{\"fromBudgetLineId\":\"%s\",\"toBudgetLineId\":\"%s\",\"amount\":5000,"
            + "\"reason\":\"Second vendor engaged\"%s}";
    refused(
        script.post("manager", "/budget-reallocations", draw.formatted(reserve, labour, "")),
        400,
        "VALIDATION_FAILED");
    status(
        script.post(
            "manager",
            "/budget-reallocations",
            draw.formatted(reserve, labour, ",\"riskId\":\"" + risk + "\"")),
        200);

    // Issues: the sponsor raises an off-specification that sam owns; the manager a concern.
    String offSpec =
        script.created(
            "sponsor",
            "/issues",
            "{\"type\":\"OFF_SPECIFICATION\",\"title\":\"Invoices lack the VAT number\","
                + "\"priority\":\"HIGH\",\"severity\":\"MEDIUM\",\"owner\":\"sam\"}");
    String concern =
        script.created(
            "manager",
            "/issues",
            "{\"type\":\"PROBLEM_CONCERN\",\"title\":\"Key user on leave\","
                + "\"priority\":\"LOW\",\"severity\":\"LOW\",\"owner\":\"manager\"}");
    refused(
        script.post("sponsor", "/issues/" + offSpec + "/resolution", "{\"resolution\":\"Mine\"}"),
        403,
        "FORBIDDEN");
    status(
        script.post(
            "manager", "/issues/" + concern + "/closure", "{\"resolution\":\"Key user back\"}"),
        200);
    refused(
        script.post("manager", "/issues/" + concern + "/resolution", "{\"resolution\":\"Again\"}"),
        409,
        "ISSUE_NOT_OPEN");

    Answer baselined = script.baseline();
    assertThat(baselined.status()).as(baselined.raw().body()).isBetween(200, 201);

    // Escalation: a change request that names the off-specification; a concern is not escalated.
    String escalate =
        "{\"title\":\"VAT number on invoices\",\"justification\":\"Off-specification\","
            + "\"proposedChanges\":[{\"type\":\"CHANGE_PLANNED_COST\",\"workPackageId\":\"%s\","
            + "\"plannedCost\":52000}],\"issueId\":\"%s\"}";
    refused(
        script.post("manager", "/change-requests", escalate.formatted(build, concern)),
        400,
        "VALIDATION_FAILED");
    String changeRequest =
        script.created("manager", "/change-requests", escalate.formatted(build, offSpec));
    status(
        script.post(
            "sponsor",
            "/change-requests/" + changeRequest + "/rejection",
            "{\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\",\"comment\":\"Absorb it\"}"),
        200);
    status(
        script.post(
            "sam", "/issues/" + offSpec + "/resolution", "{\"resolution\":\"Template fixed\"}"),
        200);

    // Design's owner (pmo) submits; pmo is also its acceptor and may not accept it.
    status(
        script.post(
            "pmo",
            "/work-packages/" + design + "/deliverable/submission",
            "{\"note\":\"Design pack v1\"}"),
        200);
    String accept = "{\"password\":\"%s\",\"comment\":\"Meets the criteria\"}";
    refused(
        script.post(
            "pmo",
            "/work-packages/" + design + "/deliverable/acceptance",
            accept.formatted(PASSWORD)),
        403,
        "SEGREGATION_OF_DUTIES");
    refused(
        script.post(
            "sponsor",
            "/work-packages/" + design + "/deliverable/acceptance",
            accept.formatted(PASSWORD)),
        403,
        "FORBIDDEN");
    // The manager names the sponsor acceptor instead: the pending submission is withdrawn.
    status(
        http.put(
            "manager",
            PASSWORD,
            p + "/work-packages/" + design + "/acceptance-criteria",
            "{\"criteria\":[\"Every interface specified\"],\"acceptor\":\"sponsor\"}"),
        200);
    Answer submitted =
        script.post(
            "manager",
            "/work-packages/" + design + "/deliverable/submission",
            "{\"note\":\"Design pack v2\"}");
    status(submitted, 200);
    JsonNode beforeDecision =
        script.awaitRead(
            "/registers?minVersion=" + submitted.json().get("version").asLong(), page -> true);
    Thread.sleep(5); // the next event is recorded strictly after the instant read below
    Instant decisionPending = Instant.now();
    refused(
        script.post(
            "sponsor",
            "/work-packages/" + design + "/deliverable/acceptance",
            accept.formatted("wrong")),
        403,
        "SIGNATURE_INVALID");
    status(
        script.post(
            "sponsor",
            "/work-packages/" + design + "/deliverable/acceptance",
            accept.formatted(PASSWORD)),
        200);

    // Owners report their progress: pmo for Design, sam for Build; the hand-over waits for Build.
    status(
        script.post(
            "pmo",
            "/work-packages/" + design + "/progress",
            "{\"percentComplete\":100,\"statusDate\":\"2026-02-28\"}"),
        200);
    status(
        script.post(
            "sam",
            "/work-packages/" + build + "/progress",
            "{\"percentComplete\":100,\"statusDate\":\"2026-04-30\"}"),
        200);
    refused(
        script.post(
            "sam",
            "/work-packages/" + design + "/progress",
            "{\"percentComplete\":90,\"statusDate\":\"2026-04-30\",\"reason\":\"x\"}"),
        403,
        "FORBIDDEN");
    String handOver =
        "{\"note\":\"Live\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}";
    refused(script.post("sponsor", "/handover", handOver), 409, "DELIVERABLES_NOT_ACCEPTED");
    status(
        script.post(
            "sponsor",
            "/work-packages/" + build + "/deliverable/waiver",
            "{\"password\":\"secret\",\"reason\":\"Accepted in production instead\"}"),
        200);
    status(script.post("sponsor", "/handover", handOver), 200);
    String lesson =
        "{\"category\":\"QUALITY\",\"whatHappened\":\"%s\",\"advice\":\"AVOID\","
            + "\"recommendation\":\"Test print layouts in the first sprint\"}";
    Answer logged =
        script.post("sponsor", "/lessons", lesson.formatted("Invoice layouts tested late"));
    status(logged, 201);
    refused(script.post("auditor", "/lessons", lesson.formatted("Not mine")), 403, "FORBIDDEN");

    JsonNode registers =
        script.awaitRead(
            "/registers?minVersion=" + logged.json().get("version").asLong(), page -> true);
    Map<String, JsonNode> issues = by(registers.get("issues"), "title");
    assertThat(issues.get("Invoices lack the VAT number").get("state").asText())
        .isEqualTo("RESOLVED");
    assertThat(issues.get("Invoices lack the VAT number").get("resolvedBy").asText())
        .isEqualTo("sam");
    assertThat(issues.get("Invoices lack the VAT number").get("raisedBy").asText())
        .isEqualTo("sponsor");
    assertThat(issues.get("Invoices lack the VAT number").get("changeRequestIds").get(0).asText())
        .isEqualTo(changeRequest);
    assertThat(issues.get("Key user on leave").get("state").asText()).isEqualTo("CLOSED");
    Map<String, JsonNode> work = by(registers.get("workPackages"), "name");
    assertThat(work.get("Design").get("owner").asText()).isEqualTo("pmo");
    assertThat(work.get("Design").get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(work.get("Design").get("submittedBy").asText()).isEqualTo("manager");
    assertThat(work.get("Design").get("decidedBy").asText()).isEqualTo("sponsor");
    assertThat(work.get("Build").get("state").asText()).isEqualTo("WAIVED");
    JsonNode threat = registers.at("/risks/0");
    assertThat(threat.get("strategy").asText()).isEqualTo("TRANSFER");
    assertThat(threat.get("emv").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(threat.get("drawn").decimalValue()).isEqualByComparingTo("5000.00");
    assertThat(registers.at("/exposure/exposure").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(registers.at("/exposure/reserveRemaining").decimalValue())
        .isEqualByComparingTo("15000.00");
    assertThat(registers.at("/exposure/covered").asBoolean()).isFalse();
    assertThat(registers.at("/reserveDraws/0/toCategory").asText()).isEqualTo("LABOUR");
    assertThat(registers.at("/reserveDraws/0/drawnBy").asText()).isEqualTo("manager");
    assertThat(registers.at("/lessons/0/loggedBy").asText()).isEqualTo("sponsor");

    // As of the instant before the decision: Design submitted, not accepted — and the same
    // answer the registers gave then.
    JsonNode then = script.awaitRead("/registers?asOf=" + decisionPending, page -> true);
    assertThat(by(then.get("workPackages"), "name").get("Design").get("state").asText())
        .isEqualTo("SUBMITTED");
    assertThat(then.get("workPackages")).isEqualTo(beforeDecision.get("workPackages"));
    assertThat(then.get("issues")).isEqualTo(beforeDecision.get("issues"));
    assertThat(then.get("lessons")).isEmpty();

    // The dashboard: the open threats' EMV against what the reserve still holds.
    JsonNode dashboard = script.awaitRead("/dashboard", page -> true);
    assertThat(dashboard.at("/riskExposure/exposure").decimalValue())
        .isEqualByComparingTo("20000.00");
    assertThat(dashboard.at("/riskExposure/reserveRemaining").decimalValue())
        .isEqualByComparingTo("15000.00");
    assertThat(dashboard.at("/riskExposure/covered").asBoolean()).isFalse();
    assertThat(dashboard.at("/openRisks/0/emv").decimalValue()).isEqualByComparingTo("20000.00");

    // Audit trail and the stakeholder's ISSUE timeline.
    JsonNode audit =
        script.awaitRead(
            "/audit?type=DeliverableAccepted", page -> page.get("entries").size() == 1);
    assertThat(audit.at("/entries/0/summary").asText())
        .startsWith("Accepted a deliverable, signed by Sam Sponsor (APPROVAL)");
    JsonNode timeline =
        script.awaitRead("/stakeholders/" + stakeholder + "/timeline", page -> true);
    assertThat(timeline.get("entries").findValuesAsText("type"))
        .contains("IssueRaised", "IssueResolved", "IssueClosed")
        .doesNotContain("LessonLogged", "CostRecorded");

    // The report is a draft until the PMO closes the project; a lesson comes after closure too.
    assertThat(script.awaitRead("/end-project-report", page -> true).get("closed").asBoolean())
        .isFalse();
    status(
        script.post(
            "pmo",
            "/closure",
            "{\"closureNote\":\"Delivered\",\"signatureMeaning\":\"RESPONSIBILITY\",\"password\":\"secret\"}"),
        200);
    Answer afterClosure =
        script.post("pmo", "/lessons", lesson.formatted("Owners made progress visible"));
    status(afterClosure, 201);
    JsonNode report =
        script.awaitRead(
            "/end-project-report?minVersion=" + afterClosure.json().get("version").asLong(),
            page -> true);
    assertThat(report.get("closed").asBoolean()).isTrue();
    assertThat(report.at("/closure/note").asText()).isEqualTo("Delivered");
    assertThat(report.at("/earnedValue/bac").decimalValue()).isEqualByComparingTo("60000.00");
    assertThat(report.at("/earnedValue/ev").decimalValue()).isEqualByComparingTo("60000.00");
    assertThat(report.at("/deliverables/byOutcome").toString())
        .isEqualTo("{\"ACCEPTED\":1,\"WAIVED\":1}");
    assertThat(report.at("/issues/byOutcome").toString())
        .isEqualTo("{\"RESOLVED\":1,\"CLOSED\":1}");
    assertThat(report.at("/changeRequests/byOutcome").toString()).isEqualTo("{\"REJECTED\":1}");
    assertThat(report.at("/risks/byOutcome").toString()).isEqualTo("{\"OPEN\":1}");
    assertThat(report.get("lessons")).hasSize(2);
    Map<String, JsonNode> items = by(report.get("items"), "name");
    assertThat(items.get("Design").at("/baselines/0/cost").decimalValue())
        .isEqualByComparingTo("10000.00");
    assertThat(items.get("Build").get("percentComplete").asInt()).isEqualTo(100);
    assertThat(report.get("baselines")).hasSize(1);

    LedgerHttp.Answer csv = http.get("viewer", PASSWORD, p + "/exports/end-project-report.csv");
    status(csv, 200);
    String text = csv.raw().body();
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "section,id,name,outcome,plannedStart,plannedFinish,plannedCost,actualStart,actualFinish,actualCost,variance,detail");
    assertThat(text)
        .contains("deliverable,", ",Design,ACCEPTED,", "lesson,", "\"earned value\",CPI,CPI");
  }

  @Test
  void theRegistersAndTheReportInThePages() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-REG-2");
    String p = script.project;
    script.budgetLine("LABOUR", "100000");
    script.budgetLine("CONTINGENCY", "15000");
    String design = script.workPackage("Design", "2026-02-01", "2026-02-28", "10000");
    script.workPackage("Build", "2026-03-01", "2026-04-30", "50000");
    String risk =
        script.created(
            "manager",
            "/risks",
            "{\"title\":\"Vendor insolvency\",\"probability\":4,\"impact\":4,\"owner\":\"manager\"}");
    status(
        http.put(
            "manager",
            PASSWORD,
            p + "/work-packages/" + design + "/acceptance-criteria",
            "{\"criteria\":[\"Every interface specified\"],\"acceptor\":\"sponsor\"}"),
        200);
    status(
        script.post(
            "manager",
            "/work-packages/" + design + "/deliverable/submission",
            "{\"note\":\"Design pack\"}"),
        200);
    script.created(
        "manager",
        "/issues",
        "{\"type\":\"PROBLEM_CONCERN\",\"title\":\"Key user on leave\",\"priority\":\"LOW\",\"severity\":\"LOW\",\"owner\":\"manager\"}");

    Instant beforeThePage = Instant.now();
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/registers");
      // The manager raises an issue in the page.
      new Select(browser.await(By.id("issue-type"))).selectByValue("OFF_SPECIFICATION");
      browser.await(By.id("issue-title")).sendKeys("Invoices lack the VAT number");
      new Select(browser.await(By.id("issue-priority"))).selectByValue("HIGH");
      browser.await(By.cssSelector("#raise-issue-form button[type='submit']")).click();
      browser.until(d -> d.getPageSource().contains("Issue raised"));
      browser.until(
          d ->
              d.findElement(By.id("issue-register"))
                  .getText()
                  .contains("Invoices lack the VAT number"));
      // The filter shows off-specifications only.
      new Select(browser.await(By.id("issue-type-filter"))).selectByValue("OFF_SPECIFICATION");
      browser.until(
          d -> !d.findElement(By.id("issue-register")).getText().contains("Key user on leave"));
      // A response for the risk: EMV 70 % of 10,000.
      new Select(browser.await(By.id("response-strategy"))).selectByValue("REDUCE");
      browser.await(By.id("response-owner")).sendKeys("manager");
      browser.script("document.getElementById('response-proximity').value = '2026-06-30'");
      browser.await(By.id("response-cost")).sendKeys("10000");
      browser.await(By.id("response-text")).sendKeys("Escrow and a second vendor");
      browser.await(By.cssSelector("#response-form button[type='submit']")).click();
      browser.until(d -> d.findElement(By.id("risk-register")).getText().contains("7,000.00"));
      // The dashboard's exposure links to the registers.
      browser.go("/#/projects/" + script.projectId());
      browser.until(d -> d.findElement(By.id("risk-exposure")).getText().contains("7,000.00"));
      browser.await(By.id("risk-exposure-link")).click();
      browser.until(d -> d.getCurrentUrl().endsWith("/registers"));
      browser.await(By.id("issue-register"));
      // As of the instant before the page's writes: the issue raised in the page is not there.
      browser.go("/#/projects/" + script.projectId() + "/registers?asOf=" + beforeThePage);
      browser.until(
          d ->
              d.findElement(By.id("registers-as-of-note"))
                  .getText()
                  .startsWith("As the ledger knew it"));
      String then = browser.await(By.cssSelector("#issue-register table")).getText();
      assertThat(then).contains("Key user on leave").doesNotContain("Invoices lack the VAT number");
      assertThat(browser.all(By.id("raise-issue-form"))).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
    try (Browser browser = Browser.open(port)) {
      // The acceptor accepts the deliverable in the page, signed.
      browser.signIn("sponsor", PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/registers");
      browser.await(By.id("decide-text")).sendKeys("Meets the criteria");
      browser.await(By.id("decide-password")).sendKeys(PASSWORD);
      browser.await(By.cssSelector("#decide-form button[type='submit']")).click();
      browser.until(d -> d.getPageSource().contains("Deliverable accepted"));
      browser.until(
          d ->
              d.findElement(By.cssSelector("#deliverables-register table"))
                  .getText()
                  .contains("sponsor, 20"));
      browser.fullScreenshot("registers");
      // The end-project report: a draft, printable, with every section.
      browser.go("/#/projects/" + script.projectId() + "/report");
      browser.until(d -> d.findElement(By.id("report-heading")).getText().contains("draft"));
      String page = browser.await(By.id("tab-content")).getText();
      assertThat(page)
          .contains(
              "Earned value at close",
              "Planned against actual, per baseline",
              "Change requests by outcome",
              "Issues by outcome",
              "Risks by outcome",
              "Tolerance exceptions",
              "Deliverables",
              "1 accepted",
              "Lessons learned");
      assertThat(browser.await(By.id("report-print")).getText()).isEqualTo("Print");
      browser.fullScreenshot("end-project-report");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static Map<String, JsonNode> by(JsonNode rows, String field) {
    Map<String, JsonNode> map = new HashMap<>();
    rows.forEach(row -> map.put(row.get(field).asText(), row));
    return map;
  }
}

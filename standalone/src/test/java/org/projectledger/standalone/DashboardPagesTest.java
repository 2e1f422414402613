package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
 * The pages end to end, in a real headless Chromium against the service on PostgreSQL: sign in, the
 * portfolio, a project's dashboard whose figures equal the API's and follow a new cost live, a
 * figure's provenance, the Gantt, the as-of slider showing the plan before a reschedule, the
 * chain's verification, a stakeholder's timeline, an import's dry run and an export, and the
 * dashboard on a phone. Screenshots are saved under target/screenshots/.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class DashboardPagesTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  private static final List<String> FIGURES =
      List.of("BAC", "PV", "EV", "AC", "CV", "SV", "CPI", "SPI", "EAC", "ETC", "VAC", "TCPI");

  @Test
  void anAuditorFollowsAProjectThroughThePages() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-WEB-1");
    String labour = script.budgetLine("LABOUR", "120000");
    String material = script.budgetLine("MATERIAL", "60000");
    String design = script.workPackage("Design", "2026-01-05", "2026-02-27", "40000");
    String build = plan(script, "Build", "2026-03-02", "2026-06-30", "80000", design);
    String test = plan(script, "Test", "2026-07-01", "2026-09-30", "30000", build);
    script.created(
        "manager",
        "/milestones",
        "{\"name\":\"Go-live\",\"dueDate\":\"2026-12-15\",\"dependsOn\":[\"%s\"]}".formatted(test));
    String stakeholder =
        script.stakeholder("Grace Hopper", "grace@example.org", "Operations lead", "\"SCHEDULE\"");
    assertThat(script.baseline().status()).isBetween(200, 201);
    assertThat(script.progress(design, 100, "2026-02-27").status()).isBetween(200, 201);
    assertThat(script.cost(labour, design, "43500", "2026-02-20").status()).isBetween(200, 201);
    assertThat(script.progress(build, 40, "2026-04-15").status()).isBetween(200, 201);
    assertThat(script.cost(material, build, "31000", "2026-04-10").status()).isBetween(200, 201);
    Answer rescheduled = script.reschedule(build, "2026-03-09", "2026-07-15", "Supplier lead time");
    assertThat(rescheduled.status()).as(rescheduled.raw().body()).isEqualTo(200);
    script.created(
        "manager",
        "/risks",
        "{\"title\":\"Conveyor delivery slips\",\"probability\":4,\"impact\":3,\"owner\":\"manager\",\"mitigation\":\"Second supplier\"}");
    script.created(
        "manager",
        "/change-requests",
        "{\"title\":\"Second test shift\",\"justification\":\"Two shifts\",\"proposedChanges\":"
            + "[{\"type\":\"CHANGE_PLANNED_COST\",\"workPackageId\":\"%s\",\"plannedCost\":35000}]}"
                .formatted(test));
    long version =
        script
            .post(
                "manager",
                "/status-reports",
                "{\"rag\":\"AMBER\",\"summary\":\"Build two weeks late\",\"statusDate\":\"2026-04-15\"}")
            .json()
            .get("version")
            .asLong();
    String project = script.project;
    JsonNode dashboard =
        script.awaitRead("/dashboard", view -> view.get("version").asLong() >= version);
    JsonNode ev = dashboard.get("earnedValue");

    try (Browser browser = Browser.open(port)) {
      // Sign in, the portfolio: the row shows the API's figures and stands out as an exception.
      browser.signIn("auditor", TestUsers.PASSWORD);
      WebElement row =
          browser.await(By.cssSelector("tr[data-project='" + script.projectId() + "']"));
      String rowText = row.getText();
      assertThat(rowText)
          .contains("PRJ-WEB-1", "EXECUTING", "AMBER", shown(ev, "bac"), shown(ev, "cpi"))
          .contains("Go-live (2026-12-15)");
      assertThat(row.getAttribute("class")).contains("exception");
      assertThat(rowText).contains("1 open change request");
      browser.fullScreenshot("portfolio");
      browser.await(By.cssSelector("button[data-sort='cpi']")).click();
      // The table is drawn again when the sorted page arrives; until then it is the one before.
      browser.until(
          d ->
              d.findElement(By.cssSelector("th[aria-sort='ascending'] button"))
                  .getText()
                  .startsWith("CPI"));
      browser.await(By.id("filter-text")).sendKeys("no such project");
      browser.until(
          d -> d.findElement(By.id("portfolio")).getText().contains("No project matches."));
      browser.await(By.id("filter-text")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      browser.await(By.id("filter-exceptions")).click();

      // The dashboard: every one of the twelve figures is the API's. The portfolio may render its
      // rows again (the cleared text, then the exceptions' answer): the row is found afresh for
      // the click, and a click on a row just replaced is tried again.
      browser.until(
          d -> {
            d.findElement(By.cssSelector("tr[data-project='" + script.projectId() + "']"))
                .findElement(By.linkText("PRJ-WEB-1"))
                .click();
            return true;
          });
      browser.await(By.cssSelector("button.figure[data-figure='TCPI']"));
      for (String figure : FIGURES) {
        WebElement button =
            browser.await(By.cssSelector("button.figure[data-figure='" + figure + "']"));
        assertThat(button.findElement(By.className("figure-value")).getText())
            .as(figure)
            .isEqualTo(shown(ev, figure.toLowerCase()));
      }
      assertThat(browser.await(By.id("hint-CPI")).getText()).contains("Each 1.00 EUR spent earns");
      assertThat(browser.await(By.cssSelector("#budget-title + div")).getText())
          .contains("LABOUR", "43,500.00", "MATERIAL", "31,000.00");
      browser.until(d -> d.findElements(By.cssSelector("#s-curve svg path")).size() > 3);
      browser.until(d -> d.findElement(By.id("live-state")).getText().startsWith("Live"));
      browser.fullScreenshot("dashboard");

      // A figure's provenance: the two costs behind AC, as the API lists them.
      browser.await(By.cssSelector("button.figure[data-figure='AC']")).click();
      WebElement dialog = browser.await(By.id("provenance"));
      browser.until(d -> dialog.findElements(By.cssSelector("ol.provenance li")).size() == 2);
      JsonNode provenance =
          http.get("auditor", TestUsers.PASSWORD, project + "/dashboard/provenance?figure=AC")
              .json();
      assertThat(dialog.getText())
          .contains("AC = " + money(provenance.get("value")), "CostRecorded", "INV-1");
      browser.screenshot("provenance");
      dialog.sendKeys(Keys.ESCAPE);
      browser.until(d -> !dialog.isDisplayed());

      // Live: a cost recorded through the API reaches the open page over the stream.
      assertThat(script.cost(labour, build, "5000", "2026-04-20").status()).isBetween(200, 201);
      JsonNode after =
          script.awaitRead(
              "/dashboard",
              view ->
                  view.get("earnedValue")
                          .get("ac")
                          .decimalValue()
                          .compareTo(new BigDecimal("79500"))
                      == 0);
      browser.until(
          d ->
              d.findElement(By.cssSelector("button.figure[data-figure='AC'] .figure-value"))
                  .getText()
                  .equals(shown(after.get("earnedValue"), "ac")));

      // The Gantt: a bar per item, the critical path marked, the current and baseline dates.
      browser.await(By.linkText("Schedule")).click();
      browser.until(d -> d.findElements(By.cssSelector("#gantt svg path")).size() >= 8);
      JsonNode schedule = http.get("auditor", TestUsers.PASSWORD, project + "/schedule").json();
      WebElement table = browser.await(By.cssSelector("table.schedule-table"));
      for (JsonNode item : schedule.get("items")) {
        assertThat(table.getText())
            .contains(item.get("name").asText())
            .contains(
                item.get("plannedStart").asText() + " – " + item.get("plannedFinish").asText());
      }
      assertThat(table.getText()).contains("2026-03-02 – 2026-06-30", "critical");
      browser.fullScreenshot("gantt");

      // The as-of slider, moved by keyboard to the last event before the reschedule.
      JsonNode audit = http.get("auditor", TestUsers.PASSWORD, project + "/audit?limit=500").json();
      int before = -1;
      for (int i = 0; i < audit.get("entries").size(); i++) {
        if (audit.get("entries").get(i).get("type").asText().equals("WorkPackageRescheduled")) {
          before = i - 1;
          break;
        }
      }
      assertThat(before).isPositive();
      browser.await(By.linkText("Audit trail")).click();
      WebElement slider = browser.await(By.id("as-of"));
      browser.until(
          d ->
              d.findElements(By.cssSelector("#as-of-schedule [data-item='" + build + "']")).size()
                  == 1);
      assertThat(finishShownAsOf(browser, build)).isEqualTo("2026-07-15");
      slider.sendKeys(Keys.HOME);
      for (int i = 0; i < before; i++) {
        slider.sendKeys(Keys.ARROW_RIGHT);
      }
      // The label and the Gantt follow the slider a moment later: wait for the stop reached, not
      // for a date that an earlier stop shows too.
      String stop = "#" + audit.get("entries").get(before).get("sequence").asText() + " (";
      browser.until(d -> d.findElement(By.id("as-of-label")).getText().contains(stop));
      browser.until(d -> "2026-06-30".equals(finishShownAsOf(browser, build)));
      browser.fullScreenshot("audit-as-of");

      // The audit trail shows old → new values, reasons and the signature; the chain verifies.
      WebElement trail = browser.await(By.cssSelector("table.audit-table"));
      assertThat(trail.getText())
          .contains("finish: 2026-06-30 → 2026-07-15", "Supplier lead time")
          .contains("Sam Sponsor (sponsor, APPROVAL)");
      browser.await(By.id("audit-actor")).sendKeys("sponsor");
      browser.await(By.id("audit-type")).sendKeys("BaselineSet\n");
      browser.until(d -> d.findElements(By.cssSelector("table.audit-table tbody tr")).size() == 1);
      assertThat(browser.await(By.cssSelector("table.audit-table tbody tr")).getText())
          .contains("BaselineSet", "Plan agreed");
      browser.await(By.id("verify")).click();
      browser.until(d -> d.findElement(By.id("verify-result")).getText().startsWith("Intact"));

      // A stakeholder's timeline: the entries the API gives, in order.
      browser.await(By.linkText("Stakeholders")).click();
      browser.await(By.partialLinkText("Grace Hopper")).click();
      JsonNode timeline =
          http.get(
                  "auditor",
                  TestUsers.PASSWORD,
                  project + "/stakeholders/" + stakeholder + "/timeline")
              .json();
      browser.until(
          d ->
              d.findElements(By.cssSelector("#timeline > li")).size()
                  == timeline.get("entries").size());
      browser.screenshot("stakeholder-timeline");
      assertThat(browser.consoleErrors()).isEmpty();
    }

    // The manager's import, dry run first, and an export downloaded from the page.
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#" + project.substring(4) + "/files");
      Path plan = Files.createTempFile("plan", ".csv");
      Files.writeString(
          plan,
          "id,name,type,start,finish,cost,predecessors\n"
              + "1,Commissioning,TASK,2026-10-01,2026-10-30,9000,\n"
              + "2,Handover ready,MILESTONE,2026-11-02,2026-11-02,,1\n");
      browser.await(By.id("plan-file")).sendKeys(plan.toAbsolutePath().toString());
      browser.await(By.id("import")).click();
      browser.until(d -> d.findElement(By.id("import-report")).getText().contains("Dry run"));
      assertThat(browser.await(By.id("import-report")).getText())
          .contains("Dry run, nothing recorded: 2 items would be created, 0 refused.")
          .contains("Commissioning", "Handover ready");
      assertThat(http.get("auditor", TestUsers.PASSWORD, project).json().get("workPackages"))
          .hasSize(3);
      browser.screenshot("import-dry-run");
      Path download = Browser.DOWNLOADS.resolve("PRJ-WEB-1-schedule.csv");
      Files.deleteIfExists(download);
      browser.await(By.cssSelector("button[data-export='schedule.csv']")).click();
      browser.until(d -> Files.exists(download) ? true : null);
      assertThat(Files.readString(download)).contains("Design", "Build", "Go-live");

      // On a phone: the dashboard fits the width, and its tables scroll within themselves.
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.go("/#" + project.substring(4));
      browser.await(By.cssSelector("button.figure[data-figure='TCPI']"));
      browser.until(d -> d.findElements(By.cssSelector("#s-curve svg path")).size() > 3);
      Number overflow =
          (Number)
              browser.script(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      browser.screenshot("dashboard-phone");
      Object wide =
          browser.script(
              "return [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-scroll'))"
                  + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                  + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');");
      assertThat(overflow.intValue()).as("wider than the phone: %s", wide).isLessThanOrEqualTo(0);
    }
  }

  /** A viewer may see the dashboard but not the audit trail: the page says so, as a problem. */
  @Test
  void aViewerIsToldWhatTheirRoleMayNotSee() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-WEB-2");
    try (Browser browser = Browser.open(port)) {
      browser.go("/");
      browser.await(By.id("user")).sendKeys("viewer");
      browser.driver().findElement(By.id("password")).sendKeys("wrong\n");
      assertThat(browser.await(By.cssSelector(".sign-in .problem")).getText())
          .isEqualTo("That name and password do not match a user.");
      browser.signIn("viewer", TestUsers.PASSWORD);
      browser.go("/#" + script.project.substring(4) + "/audit");
      assertThat(browser.await(By.cssSelector("#tab-content .problem")).getText())
          .contains("403 FORBIDDEN");
      browser.await(By.id("sign-out")).click();
      browser.await(By.id("user"));
    }
  }

  private static String plan(
      ProjectScript script, String name, String start, String finish, String cost, String after) {
    return script.created(
        "manager",
        "/work-packages",
        "{\"name\":\"%s\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\",\"plannedCost\":%s,\"dependsOn\":[\"%s\"]}"
            .formatted(name, start, finish, cost, after));
  }

  private static String finishShownAsOf(Browser browser, String item) {
    List<WebElement> cells =
        browser.all(By.cssSelector("#as-of-schedule [data-item='" + item + "']"));
    return cells.isEmpty() ? null : cells.get(0).getAttribute("data-finish");
  }

  /** A figure as the page shows it: money grouped with two decimals, indices with three. */
  static String shown(JsonNode figures, String key) {
    JsonNode value = figures.get(key);
    if (value == null || value.isNull()) {
      return "—";
    }
    return key.endsWith("pi") ? value.decimalValue().setScale(3).toPlainString() : money(value);
  }

  static String money(JsonNode value) {
    return String.format(java.util.Locale.UK, "%,.2f", value.decimalValue());
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Links of all four types with lags over HTTP (API.md, third edition) and in the pages: writes take
 * {@code links} instead of {@code dependsOn}, never both; every read answers {@code links} and
 * keeps {@code dependsOn} for the finish-to-start links without lag; a link the dates break is
 * refused and nothing is appended; the manager picks a link's type and lag in the page, and the
 * schedule names every link and draws it in the Gantt, in Chromium. The items sit in a WBS of two
 * summary elements, rolled up and folded in the table and the Gantt.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class LinksTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void linksOfEveryTypeGoInOverHttpShowInTheScheduleAndArePickedInThePage() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-LINKS-1");
    script.budgetLine("LABOUR", "200000");
    // The WBS: Preparation (Design, Docs) and Delivery (Build, Go-live).
    String preparation = script.created("manager", "/summaries", "{\"name\":\"Preparation\"}");
    String delivery = script.created("manager", "/summaries", "{\"name\":\"Delivery\"}");
    String design =
        script.created(
            "manager",
            "/work-packages",
            "{\"name\":\"Design\",\"plannedStart\":\"2026-03-02\",\"plannedFinish\":\"2026-03-27\","
                + "\"plannedCost\":20000,\"parentId\":\"%s\"}".formatted(preparation));
    String build =
        script.created(
            "manager",
            "/work-packages",
            under(
                workPackage("Build", "2026-03-09", "2026-04-24", "50000", link(design, "SS", 5)),
                delivery));
    String docs =
        script.created(
            "manager",
            "/work-packages",
            under(
                workPackage("Docs", "2026-03-16", "2026-03-31", "5000", link(design, "FF", 2)),
                preparation));
    String goLive =
        script.created(
            "manager",
            "/milestones",
            "{\"name\":\"Go-live\",\"dueDate\":\"2026-04-24\",\"links\":[%s],\"parentId\":\"%s\"}"
                .formatted(link(build, "FF", 0), delivery));
    LedgerHttp.Answer orphan =
        script.post(
            "manager", "/summaries", "{\"name\":\"Lost\",\"parentId\":\"%s\"}".formatted(design));
    assertThat(orphan.status()).as(orphan.raw().body()).isEqualTo(404);

    // Refused, each with its problem, and nothing appended.
    long before = script.awaitRead("", project -> true).get("version").asLong();
    LedgerHttp.Answer both =
        script.post(
            "manager",
            "/work-packages",
            "{\"name\":\"Both\",\"plannedStart\":\"2026-04-01\",\"plannedFinish\":\"2026-04-10\","
                + "\"plannedCost\":100,\"dependsOn\":[\"%s\"],\"links\":[%s]}"
                    .formatted(design, link(design, "FS", 0)));
    assertThat(both.status()).as(both.raw().body()).isEqualTo(400);
    assertThat(both.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(both.raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    LedgerHttp.Answer farLag =
        script.post(
            "manager",
            "/work-packages",
            workPackage("Far", "2026-04-01", "2026-04-10", "100", link(design, "FS", 4000)));
    assertThat(farLag.status()).as(farLag.raw().body()).isEqualTo(400);
    LedgerHttp.Answer early =
        script.post(
            "manager",
            "/work-packages",
            workPackage("Early", "2026-03-05", "2026-03-20", "100", link(design, "SS", 5)));
    assertThat(early.status()).as(early.raw().body()).isEqualTo(409);
    assertThat(early.json().get("code").asText()).isEqualTo("DEPENDENCY_VIOLATION");
    assertThat(early.json().get("detail").asText())
        .contains("starts with work package 'Design', which starts on 2026-03-02");
    LedgerHttp.Answer unknownType =
        script.post(
            "manager",
            "/work-packages",
            workPackage(
                "Odd",
                "2026-04-01",
                "2026-04-10",
                "100",
                "{\"itemId\":\"%s\",\"type\":\"XX\"}".formatted(design)));
    assertThat(unknownType.status()).as(unknownType.raw().body()).isEqualTo(400);
    assertThat(script.awaitRead("", project -> true).get("version").asLong()).isEqualTo(before);

    // Reads: links with types and lags; dependsOn only the finish-to-start links without lag.
    JsonNode schedule = script.awaitRead("/schedule", page -> page.get("items").size() == 6);
    Map<String, JsonNode> items = new LinkedHashMap<>();
    schedule.get("items").forEach(item -> items.put(item.get("name").asText(), item));
    assertThat(items.get("Build").get("links"))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.get("itemId").asText()).isEqualTo(design);
              assertThat(link.get("type").asText()).isEqualTo("SS");
              assertThat(link.get("lagDays").asInt()).isEqualTo(5);
            });
    assertThat(items.get("Build").get("dependsOn")).isEmpty();
    assertThat(items.get("Go-live").get("links").get(0).get("type").asText()).isEqualTo("FF");
    // By the critical path method: Docs ends with Design plus 2 days; Build starts 5 days into
    // Design and is the longest path with Go-live.
    assertThat(items.get("Docs").get("earlyFinish").asText()).isEqualTo("2026-03-31");
    assertThat(items.get("Build").get("critical").asBoolean()).isTrue();
    // The WBS in its order, each summary rolled up from what lies under it.
    assertThat(schedule.get("items").findValuesAsText("wbsCode"))
        .containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2");
    assertThat(schedule.get("items").findValuesAsText("name"))
        .containsExactly("Preparation", "Design", "Docs", "Delivery", "Build", "Go-live");
    assertThat(items.get("Preparation").get("plannedFinish").asText()).isEqualTo("2026-03-31");
    assertThat(items.get("Preparation").get("plannedCost").decimalValue())
        .isEqualByComparingTo("25000");
    assertThat(items.get("Delivery").get("critical").asBoolean()).isTrue();
    assertThat(items.get("Docs").get("parentId").asText()).isEqualTo(preparation);
    JsonNode project = script.awaitRead("", p -> true);
    assertThat(project.get("milestones").get(0).get("links").get(0).get("itemId").asText())
        .isEqualTo(build);

    // A change of links over HTTP: Docs now starts with Build.
    LedgerHttp.Answer changed =
        http.put(
            "manager",
            TestUsers.PASSWORD,
            script.project + "/items/" + docs + "/dependencies",
            "{\"links\":[%s],\"reason\":\"Docs follow the build\"}"
                .formatted(link(build, "SS", 0)));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    long version = changed.json().get("version").asLong();
    JsonNode after =
        script.awaitRead(
            "/schedule?minVersion=" + version, page -> page.get("version").asLong() >= version);
    after.get("items").forEach(item -> items.put(item.get("name").asText(), item));
    assertThat(items.get("Docs").get("links").get(0).get("itemId").asText()).isEqualTo(build);

    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/changes");
      new Select(browser.await(By.id("dependencies-item"))).selectByVisibleText("Docs");
      browser
          .await(
              By.cssSelector(
                  "#dependencies-form input[name='predecessor'][value='" + design + "']"))
          .click();
      new Select(browser.await(By.id("predecessor-type-" + design))).selectByValue("SS");
      WebElement lag = browser.await(By.id("predecessor-lag-" + design));
      lag.clear();
      lag.sendKeys("10");
      browser.await(By.id("dependencies-reason")).sendKeys("Docs start ten days into design");
      browser.await(By.cssSelector("#dependencies-form button[type='submit']")).click();
      browser.until(d -> d.getPageSource().contains("Dependencies of Docs changed"));

      browser.go("/#/projects/" + script.projectId() + "/schedule");
      browser.until(
          d ->
              d.findElement(By.cssSelector("[data-links='" + docs + "']"))
                  .getText()
                  .equals("Design SS+10d"));
      assertThat(browser.await(By.cssSelector("[data-links='" + build + "']")).getText())
          .isEqualTo("Design SS+5d");
      assertThat(browser.await(By.cssSelector("[data-links='" + goLive + "']")).getText())
          .isEqualTo("Build FF");
      // The Gantt draws each link's label beside its arrow (FS is left unlabelled).
      browser.until(
          d ->
              d.findElements(By.cssSelector("#gantt svg text")).stream()
                  .map(WebElement::getText)
                  .toList()
                  .containsAll(java.util.List.of("SS+10d", "SS+5d", "FF")));
      browser.script("document.getElementById('gantt').scrollIntoView({block: 'start'});");
      browser.screenshot("wbs-links-gantt");
      // Folding Preparation hides Design and Docs in the table and the Gantt.
      fold(browser, "1");
      browser.until(
          d -> !d.findElement(By.cssSelector("tr[data-row='" + docs + "']")).isDisplayed());
      // Looked up afresh: the fold redraws the table, and an element found before is stale.
      browser.until(
          d -> d.findElement(By.cssSelector("tr[data-row='" + build + "']")).isDisplayed());
      browser.until(
          d ->
              d.findElements(By.cssSelector("#gantt svg text")).stream()
                  .map(WebElement::getText)
                  .noneMatch(text -> text.contains("Docs")));
      fold(browser, "1");
      browser.until(
          d -> d.findElement(By.cssSelector("tr[data-row='" + docs + "']")).isDisplayed());
      assertThat(browser.consoleErrors()).isEmpty();
    }
    JsonNode trail =
        script.awaitRead(
            "/audit?type=DependenciesChanged", page -> page.get("entries").size() == 2);
    assertThat(trail.get("entries").findValuesAsText("reason"))
        .contains("Docs start ten days into design");
  }

  private static String workPackage(
      String name, String start, String finish, String cost, String link) {
    return "{\"name\":\"%s\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\",\"plannedCost\":%s,\"links\":[%s]}"
        .formatted(name, start, finish, cost, link);
  }

  /** Clicks a summary's fold button, again if the page was redrawn under the click. */
  private static void fold(Browser browser, String wbsCode) {
    browser.until(
        d -> {
          d.findElement(By.cssSelector("button.wbs-toggle[data-wbs='" + wbsCode + "']")).click();
          return true;
        });
  }

  /** The body placed under a summary element. */
  private static String under(String body, String parentId) {
    return body.substring(0, body.length() - 1) + ",\"parentId\":\"%s\"}".formatted(parentId);
  }

  private static String link(String itemId, String type, int lagDays) {
    return "{\"itemId\":\"%s\",\"type\":\"%s\",\"lagDays\":%d}".formatted(itemId, type, lagDays);
  }
}

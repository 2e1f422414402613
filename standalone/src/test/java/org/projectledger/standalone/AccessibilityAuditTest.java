package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.projectledger.platform.testing.LedgerHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Accessibility audited by a machine: Deque's axe-core checks every page of the pages — signed out,
 * the portfolio, each tab of a project with every kind of content the sample portfolio gives it
 * (figures, charts, the Gantt, the audit trail with its slider, stakeholders and a timeline, the
 * forms of each role, the import), the provenance dialog open — against the WCAG 2.0 and 2.1 rules
 * of levels A and AA. No violation is allowed: {@link #EXPLAINED} would list one the README
 * explains, and is empty.
 */
class AccessibilityAuditTest {

  private static final List<String> WCAG_A_AND_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** A rule broken on purpose, with the README's explanation; none at present. */
  private static final Map<String, String> EXPLAINED = Map.of();

  @Test
  void everyPageMeetsWcag21AandAA() throws Exception {
    Path data = Files.createTempDirectory("ledger-axe");
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(LedgerApplication.class)
            .run("--server.port=0", "--ledger.data-dir=" + data)) {
      int port =
          Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
      LedgerHttp http = new LedgerHttp(port);
      JsonNode migration =
          Awaitility.await()
              .atMost(java.time.Duration.ofSeconds(60))
              .until(() -> project(http, "PRJ-SAMPLE-01"), row -> row != null);
      String id = migration.get("projectId").asText();
      String stakeholder =
          http.get("pmo", "demo", "/api/projects/" + id)
              .json()
              .get("stakeholders")
              .findValuesAsText("stakeholderId")
              .get(0);

      List<String> found = new ArrayList<>();
      try (Browser browser = Browser.open(port)) {
        browser.go("/");
        browser.await(By.id("user"));
        found.addAll(audit(browser, "sign-in"));
        browser.signIn("manager", "demo");
        found.addAll(audit(browser, "portfolio"));
        for (String tab :
            List.of(
                "",
                "/schedule",
                "/audit",
                "/stakeholders",
                "/changes",
                "/registers",
                "/report",
                "/files")) {
          browser.go("/#/projects/" + id + tab);
          awaitTab(browser);
          found.addAll(audit(browser, "manager " + (tab.isEmpty() ? "/dashboard" : tab)));
        }
        browser.go("/#/projects/" + id + "/stakeholders/" + stakeholder);
        browser.await(By.cssSelector("ol.timeline, .timeline, #tab-content p"));
        awaitTab(browser);
        found.addAll(audit(browser, "stakeholder timeline"));
        browser.go("/#/projects/" + id);
        browser.await(By.cssSelector("button.figure[data-figure='AC']")).click();
        browser.await(By.cssSelector("#provenance ol.provenance li"));
        found.addAll(audit(browser, "provenance dialog"));
      }
      try (Browser browser = Browser.open(port)) {
        browser.signIn("sponsor", "demo");
        browser.go("/#/projects/" + id + "/changes");
        awaitTab(browser);
        found.addAll(audit(browser, "sponsor /changes"));
        browser.go("/#/projects/" + id + "/registers");
        awaitTab(browser);
        found.addAll(audit(browser, "sponsor /registers"));
      }
      try (Browser browser = Browser.open(port)) {
        browser.signIn("pmo", "demo");
        browser.go("/#/projects/" + id + "/changes");
        awaitTab(browser);
        found.addAll(audit(browser, "pmo /changes"));
      }
      assertThat(found).as("axe-core's WCAG 2.1 A and AA violations").isEmpty();
    }
  }

  private static JsonNode project(LedgerHttp http, String code) {
    for (JsonNode row : http.get("pmo", "demo", "/api/projects?size=50").json().get("items")) {
      if (code.equals(row.get("code").asText())) {
        return row;
      }
    }
    return null;
  }

  /** Waits until the tab has drawn: its content holds something beyond the loading state. */
  private static void awaitTab(Browser browser) {
    browser.until(
        d ->
            !d.findElements(By.cssSelector("#tab-content > *")).isEmpty()
                && d.findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
  }

  /**
   * The violations axe-core finds on what the browser shows, one line each, those explained out.
   */
  static List<String> audit(Browser browser, String page) {
    Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(browser.driver());
    browser.screenshot("axe-" + page.replaceAll("[^a-z]+", "-"));
    assertThat(results.getPasses()).as(page + ": axe-core ran its rules").hasSizeGreaterThan(10);
    assertThat(results.isErrored()).as(page + ": axe-core ran without error").isFalse();
    List<String> lines = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if (EXPLAINED.containsKey(rule.getId())) {
        continue;
      }
      lines.add(
          page
              + ": "
              + rule.getId()
              + " ("
              + rule.getImpact()
              + ") "
              + rule.getHelp()
              + " at "
              + rule.getNodes().stream()
                  .map(node -> String.valueOf(node.getTarget()))
                  .limit(5)
                  .collect(Collectors.joining(", ")));
    }
    return lines;
  }
}

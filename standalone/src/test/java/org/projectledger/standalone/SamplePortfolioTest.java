package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.sample.SamplePortfolio;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first five minutes (README, "A tour"): the embedded default opens on a sample portfolio,
 * recorded once into an empty store through the write API; the figures the tour quotes are the ones
 * shown; the tour's pages are walked in Chromium, their screenshots taken for the README; the
 * tour's plan file imports into the project left for it. A second start on the same store, a start
 * with {@code ledger.demo-data=false} and one on PostgreSQL record nothing.
 */
class SamplePortfolioTest {

  private static final String DEMO = "demo";

  /** The plan file of the tour, from the module's directory. */
  private static final Path PLAN_FILE = Path.of("..").resolve(SamplePortfolio.PLAN_FILE);

  @Test
  void anEmptyEmbeddedStoreOpensOnTheSamplePortfolioOnceAndTheTourShowsWhatTheReadmeSays()
      throws Exception {
    Path data = Files.createTempDirectory("ledger-sample");
    long head;
    try (ConfigurableApplicationContext service = embedded(data)) {
      int port = port(service);
      LedgerHttp http = new LedgerHttp(port);
      Map<String, JsonNode> projects = portfolio(http);
      assertThat(projects.keySet()).containsExactlyElementsOf(SamplePortfolio.codes());
      assertThat(projects.values().stream().map(row -> row.get("state").asText()).toList())
          .containsExactly("EXECUTING", "EXECUTING", "IN_MAINTENANCE", "CLOSED", "CHARTERED");

      // The figures the README's tour quotes: none moves with the day (costs and progress all
      // lie in the past; SPI, which does, is not quoted).
      JsonNode migration = projects.get("PRJ-SAMPLE-01");
      assertThat(migration.get("bac").decimalValue()).isEqualByComparingTo("340000.00");
      assertThat(migration.get("ac").decimalValue()).isEqualByComparingTo("301000.00");
      assertThat(migration.get("cpi").decimalValue()).isEqualByComparingTo("0.807");
      assertThat(migration.get("eac").decimalValue()).isEqualByComparingTo("421152.26");
      assertThat(migration.get("withinTolerance").asBoolean()).isFalse();
      assertThat(migration.get("openChangeRequests").asInt()).isEqualTo(1);
      JsonNode crm = projects.get("PRJ-SAMPLE-02");
      assertThat(crm.get("bac").decimalValue()).isEqualByComparingTo("155000.00");
      assertThat(crm.get("withinTolerance").asBoolean()).isTrue();

      List<JsonNode> trail = audit(http, migration);
      assertThat(trail.stream().map(entry -> entry.get("type").asText()))
          .contains(
              "BaselineSet",
              "WorkPackageRescheduled",
              "BudgetLineOverrun",
              "ToleranceBreached",
              "ChangeRequestRaised");
      assertThat(audit(http, crm).stream().map(entry -> entry.get("type").asText()))
          .contains("ChangeRequestApproved", "BaselineRevised");
      assertThat(
              audit(http, projects.get("PRJ-SAMPLE-03")).stream().map(e -> e.get("type").asText()))
          .contains("ProjectHandedOver")
          .filteredOn("MaintenanceActivityRecorded"::equals)
          .hasSize(4);
      // Every event a demo user recorded says that it is sample data.
      for (JsonNode project : projects.values()) {
        for (JsonNode entry : audit(http, project)) {
          if (!entry.get("actor").isNull() && !entry.get("actor").asText().equals("ledger")) {
            assertThat(entry.get("reason").asText(""))
                .as(entry.toString())
                .startsWith("Sample data: ");
          }
        }
      }
      JsonNode verified = http.get("auditor", DEMO, "/api/ledger/verify").json();
      assertThat(verified.get("ok").asBoolean()).isTrue();

      tour(port, http, projects);
      head = http.get("auditor", DEMO, "/api/ledger/digest").json().get("position").asLong();
    }

    // A store that holds events is left alone.
    try (ConfigurableApplicationContext again = embedded(data)) {
      LedgerHttp http = new LedgerHttp(port(again));
      assertThat(portfolio(http).keySet()).containsExactlyElementsOf(SamplePortfolio.codes());
      assertThat(http.get("auditor", DEMO, "/api/ledger/digest").json().get("position").asLong())
          .isEqualTo(head);
    }
  }

  @Test
  void nothingIsRecordedWhenTurnedOffOrOnPostgres() throws Exception {
    try (ConfigurableApplicationContext off =
        embedded(Files.createTempDirectory("ledger-sample-off"), "--ledger.demo-data=false")) {
      LedgerHttp http = new LedgerHttp(port(off));
      assertThat(http.get("auditor", DEMO, "/api/projects?count=true").json().get("total").asInt())
          .isZero();
    }
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=0");
    arguments.add("--spring.datasource.url=" + TestPostgres.server().createDatabase());
    arguments.add("--spring.datasource.username=" + TestPostgres.server().user());
    arguments.add("--spring.datasource.password=" + TestPostgres.server().password());
    for (String property : TestUsers.PROPERTIES) {
      arguments.add("--" + property);
    }
    try (ConfigurableApplicationContext postgres =
        new SpringApplicationBuilder(LedgerApplication.class)
            .profiles("postgres")
            .run(arguments.toArray(String[]::new))) {
      LedgerHttp http = new LedgerHttp(port(postgres));
      assertThat(
              http.get("auditor", TestUsers.PASSWORD, "/api/projects?count=true")
                  .json()
                  .get("total")
                  .asInt())
          .isZero();
    }
  }

  /**
   * The README's tour, step by step, as a newcomer clicks it; each step's screenshot is the one the
   * README shows (copied from target/screenshots/ to docs/screenshots/).
   */
  private static void tour(int port, LedgerHttp http, Map<String, JsonNode> projects)
      throws Exception {
    String migration = projects.get("PRJ-SAMPLE-01").get("projectId").asText();
    try (Browser browser = Browser.open(port)) {
      // 1. The portfolio, as the auditor: the migration stands out as an exception.
      browser.signIn("auditor", DEMO);
      // Signed in once: the tab keeps a short-lived token, not the password.
      String kept =
          String.valueOf(browser.script("return sessionStorage.getItem('project-ledger.session')"));
      assertThat(kept)
          .contains("Bearer ")
          .doesNotContain("Basic ")
          .doesNotContain(
              java.util.Base64.getEncoder()
                  .encodeToString(
                      "auditor:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      WebElement row = browser.await(By.cssSelector("tr[data-project='" + migration + "']"));
      assertThat(row.getAttribute("class")).contains("exception");
      assertThat(row.getText()).contains("tolerance breached", "1 open change request");
      browser.screenshot("tour-portfolio");

      // 2. The dashboard, and where its actual cost comes from.
      browser.go("/#/projects/" + migration);
      browser.await(By.cssSelector("button.figure[data-figure='AC']")).click();
      WebElement dialog = browser.await(By.id("provenance"));
      browser.until(d -> dialog.findElements(By.cssSelector("ol.provenance li")).size() == 4);
      assertThat(dialog.getText()).contains("INV-55810", "Sample data: booked from INV-55810");
      browser.screenshot("tour-provenance");
      dialog.sendKeys(Keys.ESCAPE);

      // 3. The audit trail: the slider back to the baseline, and the chain verified.
      browser.go("/#/projects/" + migration + "/audit");
      WebElement slider = browser.await(By.id("as-of"));
      browser.until(d -> d.findElement(By.id("as-of-label")).getText().startsWith("After event"));
      List<JsonNode> trail = audit(http, projects.get("PRJ-SAMPLE-01"));
      int baseline = 0;
      while (!trail.get(baseline).get("type").asText().equals("BaselineSet")) {
        baseline++;
      }
      int steps = trail.size() - 1 - baseline;
      slider.click();
      for (int i = 0; i < trail.size(); i++) {
        slider.sendKeys(Keys.ARROW_LEFT);
      }
      for (int i = 0; i < trail.size() - 1 - steps; i++) {
        slider.sendKeys(Keys.ARROW_RIGHT);
      }
      browser.until(d -> d.findElement(By.id("as-of-label")).getText().contains("(BaselineSet)"));
      browser.until(d -> d.findElements(By.cssSelector("#as-of-figures .figure")).size() > 0);
      browser.script("arguments[0].scrollIntoView()", browser.await(By.id("as-of-title")));
      browser.screenshot("tour-as-of");
      WebElement verify = browser.await(By.id("verify"));
      browser.script("arguments[0].scrollIntoView()", browser.await(By.id("verify-title")));
      verify.click();
      browser.until(d -> d.findElement(By.id("verify-result")).getText().startsWith("Intact"));
      assertThat(browser.await(By.id("verify-result")).getText())
          .contains("The head is signed with Ed25519 key");
      browser.screenshot("tour-verify");

      // 4. A stakeholder's timeline.
      JsonNode stakeholders =
          http.get("auditor", DEMO, "/api/projects/" + migration).json().get("stakeholders");
      String jordan = null;
      for (JsonNode stakeholder : stakeholders) {
        if (stakeholder.get("name").asText().equals("Jordan Blake")) {
          jordan = stakeholder.get("stakeholderId").asText();
        }
      }
      assertThat(jordan).isNotNull();
      browser.go("/#/projects/" + migration + "/stakeholders/" + jordan);
      browser.until(d -> d.findElements(By.cssSelector("#timeline > li")).size() > 3);
      assertThat(browser.await(By.id("timeline")).getText()).contains("Sample data:");
      browser.screenshot("tour-timeline");
      assertThat(browser.consoleErrors()).isEmpty();
    }

    // 5. The manager imports the tour's plan file into the project left for it: a dry run first.
    String scanners = projects.get(SamplePortfolio.IMPORT_PROJECT_CODE).get("projectId").asText();
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", DEMO);
      browser.go("/#/projects/" + scanners + "/files");
      browser.await(By.id("plan-file")).sendKeys(PLAN_FILE.toAbsolutePath().normalize().toString());
      browser.await(By.id("import")).click();
      browser.until(d -> d.findElement(By.id("import-report")).getText().contains("Dry run"));
      assertThat(browser.await(By.id("import-report")).getText())
          .contains("Dry run, nothing recorded: 6 items would be created, 0 refused.")
          .contains("Pilot in the Leeds warehouse", "All warehouses live");
      browser.screenshot("tour-import-dry-run");
      assertThat(http.get("auditor", DEMO, "/api/projects/" + scanners).json().get("workPackages"))
          .isEmpty();
      browser.await(By.id("dry-run")).click();
      browser.await(By.id("import")).click();
      browser.until(d -> d.findElement(By.id("import-report")).getText().contains("Imported"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
    JsonNode imported =
        http.get("auditor", DEMO, "/api/projects/" + scanners + "?minVersion=3").json();
    assertThat(imported.get("workPackages")).hasSize(4);
    assertThat(imported.get("milestones")).hasSize(2);
  }

  private static ConfigurableApplicationContext embedded(Path data, String... more) {
    List<String> arguments =
        new ArrayList<>(List.of("--server.port=0", "--ledger.data-dir=" + data));
    arguments.addAll(List.of(more));
    return new SpringApplicationBuilder(LedgerApplication.class)
        .run(arguments.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext service) {
    return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** The portfolio by code, in code order, once every project is on it. */
  private static Map<String, JsonNode> portfolio(LedgerHttp http) throws InterruptedException {
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      byCode.clear();
      Answer answer = http.get("auditor", DEMO, "/api/projects?size=50&sort=code");
      for (JsonNode row : answer.json().get("items")) {
        byCode.put(row.get("code").asText(), row);
      }
      if (byCode.size() >= 5 && byCode.get("PRJ-SAMPLE-05") != null) {
        break;
      }
      Thread.sleep(100);
    }
    return byCode;
  }

  private static List<JsonNode> audit(LedgerHttp http, JsonNode project) {
    String path =
        "/api/projects/"
            + project.get("projectId").asText()
            + "/audit?limit=500&minVersion="
            + project.get("version").asText();
    List<JsonNode> entries = new ArrayList<>();
    http.get("auditor", DEMO, path).json().get("entries").forEach(entries::add);
    return entries;
  }
}

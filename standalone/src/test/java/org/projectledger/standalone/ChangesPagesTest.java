package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The project's Changes tab, in Chromium: each correction or amendment where its owner looks for
 * it. The sponsor amends the charter and the PMO reassigns the manager, both signing with their
 * password; before the first baseline the manager cancels an item; after it the manager raises a
 * change request and the sponsor approves it, signed.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ChangesPagesTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void theSponsorAmendsTheCharterWithASignature() {
    ProjectScript project = ProjectScript.charter(new LedgerHttp(port), "PRJ-PAGE-AMEND");
    try (Browser browser = Browser.open(port)) {
      browser.signIn("sponsor", TestUsers.PASSWORD);
      browser.go("/#/projects/" + project.projectId() + "/changes");
      WebElement name = browser.await(By.id("amend-name"));
      name.clear();
      name.sendKeys("Ledger rollout, phase one");
      browser.await(By.id("amend-reason")).sendKeys("Steering board renamed it");
      browser.await(By.id("amend-password")).sendKeys(TestUsers.PASSWORD);
      browser.await(By.cssSelector("#amend-form button[type='submit']")).click();
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Charter amended"));
      browser.until(
          d -> d.findElement(By.tagName("h1")).getText().endsWith("Ledger rollout, phase one"));
    }
  }

  @Test
  void thePmoHandsTheManagersPartToAnotherUser() {
    ProjectScript project = ProjectScript.charter(new LedgerHttp(port), "PRJ-PAGE-ROLE");
    try (Browser browser = Browser.open(port)) {
      browser.signIn("pmo", TestUsers.PASSWORD);
      browser.go("/#/projects/" + project.projectId() + "/changes");
      new Select(browser.await(By.id("reassign-role"))).selectByValue("MANAGER");
      browser.await(By.id("reassign-to")).sendKeys("sam");
      browser.await(By.id("reassign-reason")).sendKeys("Parental leave");
      new Select(browser.await(By.id("reassign-meaning"))).selectByValue("RESPONSIBILITY");
      browser.await(By.id("reassign-password")).sendKeys(TestUsers.PASSWORD);
      browser.await(By.cssSelector("#reassign-form button[type='submit']")).click();
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Part reassigned"));
      browser.until(
          d -> d.findElement(By.cssSelector("main p.muted")).getText().contains("manager sam"));
    }
  }

  @Test
  void beforeTheBaselineTheManagerCancelsAMilestone() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "PRJ-PAGE-CANCEL");
    project.budgetLine("LABOUR", "100000");
    project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");
    String milestone =
        project.created(
            "manager",
            "/milestones",
            "{\"name\":\"Review\",\"dueDate\":\"2026-03-02\",\"dependsOn\":[]}");
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + project.projectId() + "/changes");
      new Select(browser.await(By.id("cancel-item"))).selectByVisibleText("Review");
      browser.await(By.id("cancel-reason")).sendKeys("The client reviews by mail");
      browser.await(By.cssSelector("#cancel-form button[type='submit']")).click();
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Review cancelled"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
    JsonNode view =
        http.get("auditor", "secret", project.project + "?minVersion=4").json().at("/milestones/0");
    assertThat(view.get("milestoneId").asText()).isEqualTo(milestone);
    assertThat(view.get("cancelled").asBoolean()).isTrue();
  }

  @Test
  void afterTheBaselineANewBudgetLineIsRaisedByTheManagerAndApprovedByTheSponsor()
      throws InterruptedException {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "PRJ-PAGE-CR");
    project.budgetLine("LABOUR", "100000");
    project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");
    assertThat(project.baseline().status()).isEqualTo(200);
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + project.projectId() + "/changes");
      new Select(browser.await(By.id("cr-type"))).selectByValue("OPEN_BUDGET_LINE");
      browser.until(d -> d.findElement(By.id("cr-amount")).isDisplayed());
      browser.until(d -> !d.findElement(By.id("cr-wp-group")).isDisplayed());
      browser.await(By.id("cr-title")).sendKeys("Licences for the test tool");
      browser.await(By.id("cr-justification")).sendKeys("The vendor no longer gives it away");
      new Select(browser.await(By.id("cr-category"))).selectByValue("LICENCES");
      browser.await(By.id("cr-amount")).sendKeys("2500");
      browser.await(By.cssSelector("#raise-form button[type='submit']")).click();
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Change request raised"));
    }
    JsonNode raised =
        project.awaitRead("/dashboard", view -> view.get("openChangeRequests").size() == 1);
    assertThat(raised.at("/openChangeRequests/0/title").asText())
        .isEqualTo("Licences for the test tool");
    try (Browser browser = Browser.open(port)) {
      browser.signIn("sponsor", TestUsers.PASSWORD);
      browser.go("/#/projects/" + project.projectId() + "/changes");
      browser.await(By.id("cr-0-comment")).sendKeys("Agreed at the board");
      browser.await(By.id("cr-0-password")).sendKeys(TestUsers.PASSWORD);
      browser.await(By.cssSelector("#cr-0-decide button[value='approve']")).click();
      browser.until(
          d ->
              d.findElement(By.id("change-status"))
                  .getText()
                  .startsWith("“Licences for the test tool” approved"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
    JsonNode lines =
        project.awaitRead("", view -> view.get("budgetLines").size() == 2).get("budgetLines");
    assertThat(lines.findValuesAsText("category")).containsExactlyInAnyOrder("LABOUR", "LICENCES");
    for (JsonNode line : lines) {
      if (line.get("category").asText().equals("LICENCES")) {
        assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("2500");
      }
    }
  }
}

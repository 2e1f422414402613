package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
 * Both clocks and corrections in the pages, in Chromium. The project is recorded over two days of
 * record time (Axon's event clock is set for the test): the as-of slider, moved back to the first
 * day, shows PV and SV measured on that day, not today. The manager reverses a cost from the costs
 * table, and the audit trail shows the reversal and the cost it corrects as a pair.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class CorrectionPagesTest {

  private static final Instant FIRST_DAY = Instant.parse("2026-02-02T09:00:00Z");
  private static final Instant SECOND_DAY = Instant.parse("2026-03-16T09:00:00Z");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @AfterEach
  void restoreTheEventClock() {
    GenericEventMessage.clock = Clock.systemUTC();
  }

  @Test
  void theSliderShowsTheFiguresOfTheDayAndAReversalSitsBesideTheCostItCorrects() {
    LedgerHttp http = new LedgerHttp(port);
    GenericEventMessage.clock = Clock.fixed(FIRST_DAY, ZoneOffset.UTC);
    ProjectScript script = ProjectScript.charter(http, "PRJ-CORRECT-1");
    String labour = script.budgetLine("LABOUR", "120000");
    String design = script.workPackage("Design", "2026-01-05", "2026-02-27", "40000");
    assertThat(script.baseline().status()).isEqualTo(200);
    GenericEventMessage.clock = Clock.fixed(SECOND_DAY, ZoneOffset.UTC);
    assertThat(script.progress(design, 100, "2026-02-27").status()).isEqualTo(200);
    LedgerHttp.Answer cost = script.cost(labour, design, "43500", "2026-02-20");
    assertThat(cost.status()).isEqualTo(201);
    String costId = cost.json().get("id").asText();
    GenericEventMessage.clock = Clock.systemUTC();

    // By hand: on 2 February, Design (5 January to 27 February, 54 days) has run 29 days.
    BigDecimal pv =
        new BigDecimal("40000")
            .multiply(BigDecimal.valueOf(29))
            .divide(BigDecimal.valueOf(54), 2, RoundingMode.HALF_EVEN);
    assertThat(pv).isEqualByComparingTo("21481.48");
    JsonNode thatDay =
        http.get("auditor", TestUsers.PASSWORD, script.project + "/dashboard?asOf=" + FIRST_DAY)
            .json();
    assertThat(thatDay.at("/earnedValue/pv").decimalValue()).isEqualByComparingTo(pv);
    assertThat(thatDay.at("/earnedValue/sv").decimalValue()).isEqualByComparingTo(pv.negate());

    try (Browser browser = Browser.open(port)) {
      browser.signIn("auditor", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/audit");
      WebElement slider = browser.await(By.id("as-of"));
      browser.until(d -> d.findElements(By.cssSelector("[data-as-of-figure='PV']")).size() == 1);
      slider.sendKeys(Keys.HOME);
      for (int i = 0; i < 3; i++) {
        slider.sendKeys(Keys.ARROW_RIGHT); // to the baseline, the last event of the first day
      }
      browser.until(d -> d.findElement(By.id("as-of-label")).getText().contains("BaselineSet"));
      browser.until(
          d ->
              d.findElement(By.cssSelector("[data-as-of-figure='PV'] .figure-value"))
                  .getText()
                  .equals("21,481.48"));
      assertThat(browser.await(By.cssSelector("[data-as-of-figure='SV'] .figure-value")).getText())
          .isEqualTo("-21,481.48");
    }

    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId());
      WebElement form = browser.await(By.cssSelector("form[data-reverse='" + costId + "']"));
      form.findElement(By.name("reason")).sendKeys("Invoice booked on the wrong project\n");
      browser.await(By.cssSelector("[data-reversed='" + costId + "']"));
      browser.until(
          d ->
              d.findElement(By.cssSelector("button.figure[data-figure='AC'] .figure-value"))
                  .getText()
                  .equals("0.00"));

      browser.await(By.linkText("Audit trail")).click();
      WebElement trail = browser.await(By.cssSelector("table.audit-table"));
      browser.until(d -> trail.getText().contains("CostReversed"));
      WebElement reversal = browser.await(By.cssSelector("span.pair[data-corrects]"));
      WebElement corrected = browser.await(By.cssSelector("span.pair[data-corrected-by]"));
      assertThat(reversal.getText()).startsWith("Corrects #");
      assertThat(corrected.getText()).startsWith("Corrected by #");
      assertThat(reversal.getText().substring("Corrects #".length()))
          .isEqualTo(
              corrected
                  .findElement(By.xpath("ancestor::tr"))
                  .findElement(By.cssSelector("td"))
                  .getText());
      browser.script("arguments[0].scrollIntoView({block: 'center'});", reversal);
      browser.screenshot("audit-correction");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}

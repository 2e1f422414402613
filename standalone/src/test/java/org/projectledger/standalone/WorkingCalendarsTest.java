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
 * Working calendars over HTTP and in the pages (API.md, third edition): a project chartered without
 * a calendar works Monday to Friday; PV is time-phased, float and variance counted, in working
 * days; the manager sets the calendar before the first baseline (after it, change control); an
 * as-of read answers the calendar of its instant; the schedule page shows the calendar and the
 * changes page sets it, in Chromium. March 2026 begins on a Sunday.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class WorkingCalendarsTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aProjectWorksMondayToFridayAndEveryFigureCountsWorkingDays() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    LedgerHttp.Answer chartered =
        http.post(
            "pmo",
            TestUsers.PASSWORD,
            "/api/projects",
            """
            {"code":"PRJ-CAL-1","name":"Fit-out","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":5,"costPercent":10}}
            """);
    assertThat(chartered.status()).as(chartered.raw().body()).isEqualTo(201);
    ProjectScript script =
        new ProjectScript(http, "/api/projects/" + chartered.json().get("projectId").asText());
    script.budgetLine("LABOUR", "100000");
    // Survey: Monday 2 to Friday 13 March, ten working days. Fit-out, FS: Monday 16 to Friday 20
    // March. Snagging: Monday 16 to Wednesday 18 March, no links.
    String survey = script.workPackage("Survey", "2026-03-02", "2026-03-13", "10000");
    script.created(
        "manager",
        "/work-packages",
        "{\"name\":\"Fit-out\",\"plannedStart\":\"2026-03-16\",\"plannedFinish\":\"2026-03-20\","
            + "\"plannedCost\":5000,\"dependsOn\":[\"%s\"]}".formatted(survey));
    script.workPackage("Snagging", "2026-03-16", "2026-03-18", "1000");

    JsonNode schedule = script.awaitRead("/schedule", page -> page.get("items").size() == 3);
    assertThat(schedule.at("/calendar/workingDays").toString())
        .isEqualTo("[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]");
    Map<String, JsonNode> items = byName(schedule);
    // The project ends on Friday 20 March; Snagging may slip to it: two working days of float
    // (Thursday and Friday), where calendar days would also count nothing else — and Survey,
    // whose successor starts on the Monday after it ends, is critical: the weekend between is
    // not float.
    assertThat(items.get("Snagging").get("totalFloat").asInt()).isEqualTo(2);
    assertThat(items.get("Survey").get("critical").asBoolean()).isTrue();

    // PV on Sunday 8 March: five of Survey's ten working days have passed, 5,000.00 (calendar
    // days would say 7 of 12, 5,833.33).
    JsonNode dashboard = script.awaitRead("/dashboard?statusDate=2026-03-08", page -> true);
    assertThat(dashboard.at("/earnedValue/pv").decimalValue()).isEqualByComparingTo("5000.00");

    // The manager sets a holiday on Friday 6 March, with a reason: PV on the 8th is then four
    // of nine working days.
    LedgerHttp.Answer set =
        http.put(
            "manager",
            TestUsers.PASSWORD,
            script.project + "/calendar",
            "{\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],"
                + "\"nonWorkingDates\":[\"2026-03-06\"],\"reason\":\"Site closed for the fair\"}");
    assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
    long version = set.json().get("version").asLong();
    JsonNode after =
        script.awaitRead("/dashboard?statusDate=2026-03-08&minVersion=" + version, page -> true);
    assertThat(after.at("/earnedValue/pv").decimalValue()).isEqualByComparingTo("4444.44");
    JsonNode audit =
        script.awaitRead("/audit?type=CalendarSet", page -> page.get("entries").size() == 1);
    assertThat(audit.at("/entries/0/reason").asText()).isEqualTo("Site closed for the fair");

    // Refused with a problem, nothing appended: no working day, an unknown day, a sponsor.
    for (String body :
        new String[] {
          "{\"workingDays\":[],\"reason\":\"Never\"}",
          "{\"workingDays\":[\"FUNDAY\"],\"reason\":\"Odd\"}",
          "{\"workingDays\":[\"MONDAY\"]}"
        }) {
      LedgerHttp.Answer refused =
          http.put("manager", TestUsers.PASSWORD, script.project + "/calendar", body);
      assertThat(refused.status()).as(body + ": " + refused.raw().body()).isEqualTo(400);
    }
    assertThat(
            http.put(
                    "sponsor",
                    TestUsers.PASSWORD,
                    script.project + "/calendar",
                    "{\"workingDays\":[\"MONDAY\"],\"reason\":\"Mine\"}")
                .status())
        .isEqualTo(403);

    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/changes");
      WebElement holidays = browser.await(By.id("calendar-holidays"));
      browser.until(d -> holidays.getAttribute("value").equals("2026-03-06"));
      holidays.clear();
      holidays.sendKeys("2026-03-06, 2026-04-03");
      browser.await(By.id("calendar-reason")).sendKeys("Good Friday too");
      browser.await(By.cssSelector("#calendar-form button[type='submit']")).click();
      browser.until(d -> d.getPageSource().contains("Working calendar set"));
      browser.go("/#/projects/" + script.projectId() + "/schedule");
      browser.until(
          d ->
              d.findElement(By.id("working-calendar"))
                  .getText()
                  .startsWith(
                      "Working calendar: Monday to Friday; not working on 2026-03-06,"
                          + " 2026-04-03."));
      assertThat(browser.consoleErrors()).isEmpty();
    }

    // As of before the first change, the calendar was Monday to Friday without holidays.
    JsonNode trail =
        script.awaitRead("/audit?type=CalendarSet", page -> page.get("entries").size() == 2);
    String firstChange = trail.at("/entries/1/recordedAt").asText();
    if (trail.at("/entries/0/recordedAt").asText().compareTo(firstChange) < 0) {
      firstChange = trail.at("/entries/0/recordedAt").asText();
    }
    JsonNode before =
        script.awaitRead(
            "/schedule?asOf=" + java.time.Instant.parse(firstChange).minusMillis(1), page -> true);
    assertThat(before.at("/calendar/nonWorkingDates")).isEmpty();

    // After the baseline the calendar changes only through change control.
    assertThat(script.baseline().status()).isEqualTo(200);
    LedgerHttp.Answer late =
        http.put(
            "manager",
            TestUsers.PASSWORD,
            script.project + "/calendar",
            "{\"workingDays\":[\"MONDAY\"],\"reason\":\"Four-day weeks\"}");
    assertThat(late.status()).as(late.raw().body()).isEqualTo(409);
    assertThat(late.json().get("code").asText()).isEqualTo("CHANGE_CONTROL_REQUIRED");

    // So the manager raises a CHANGE_CALENDAR change request in the page (Saturdays worked), and
    // the sponsor approves it, signed: the calendar changes and the baseline is revised.
    try (Browser browser = Browser.open(port)) {
      browser.signIn("manager", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/changes");
      new Select(browser.await(By.id("cr-type"))).selectByValue("CHANGE_CALENDAR");
      browser.until(d -> d.findElement(By.id("cr-calendar-holidays")).isDisplayed());
      browser.await(By.id("cr-title")).sendKeys("Saturday shifts");
      browser.await(By.id("cr-justification")).sendKeys("The fit-out crew works Saturdays");
      browser.await(By.cssSelector("input[name='cr-calendar-day'][value='SATURDAY']")).click();
      browser.await(By.id("cr-calendar-holidays")).sendKeys("2026-04-03");
      browser.await(By.cssSelector("#raise-form button[type='submit']")).click();
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Change request raised"));
    }
    script.awaitRead("/dashboard", view -> view.get("openChangeRequests").size() == 1);
    try (Browser browser = Browser.open(port)) {
      browser.signIn("sponsor", TestUsers.PASSWORD);
      browser.go("/#/projects/" + script.projectId() + "/changes");
      browser.await(By.id("cr-0-comment")).sendKeys("Agreed");
      browser.await(By.id("cr-0-password")).sendKeys(TestUsers.PASSWORD);
      browser.await(By.cssSelector("#cr-0-decide button[value='approve']")).click();
      browser.until(
          d ->
              d.findElement(By.id("change-status"))
                  .getText()
                  .startsWith("“Saturday shifts” approved"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
    JsonNode changed =
        script.awaitRead("/schedule", page -> page.at("/calendar/workingDays").size() == 6);
    assertThat(changed.at("/calendar/nonWorkingDates/0").asText()).isEqualTo("2026-04-03");
    JsonNode calendarEvents =
        script.awaitRead("/audit?type=CalendarSet", page -> page.get("entries").size() == 3);
    assertThat(calendarEvents.get("entries").findValuesAsText("reason"))
        .containsExactlyInAnyOrder("Site closed for the fair", "Good Friday too", "Agreed");
  }

  private static Map<String, JsonNode> byName(JsonNode schedule) {
    Map<String, JsonNode> items = new LinkedHashMap<>();
    schedule.get("items").forEach(item -> items.put(item.get("name").asText(), item));
    return items;
  }
}

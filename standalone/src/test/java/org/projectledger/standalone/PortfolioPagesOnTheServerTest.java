package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
 * The portfolio filtered, sorted and paged on the server (issue 21, item 5): any column, figures
 * included, in either direction with the figures not there yet last; exceptions only; text in the
 * code or name; pages by cursor that walk the whole portfolio once, in the order one full page
 * gives, today and as of an instant; no count unless asked. And the portfolio page, which reads one
 * page at a time.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioPagesOnTheServerTest {

  private static final int PROJECTS = 53;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  private LedgerHttp http;

  /** The codes of the projects that are exceptions, in code order, as the rows say. */
  private List<String> expectedExceptions;

  /** The four projects with figures, from the highest CPI to the lowest. */
  private final List<String> byCpi = List.of("P-20", "P-03", "P-11", "P-07");

  @BeforeAll
  void portfolio() throws Exception {
    http = new LedgerHttp(port);
    List<ProjectScript> projects = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      projects.add(ProjectScript.charter(http, "P-%02d".formatted(i)));
    }
    // Earned value 5,000.00 each (half of 10,000.00 done); the costs set the CPIs apart.
    figures(projects.get(20), "2500"); // CPI 2.00
    figures(projects.get(3), "4000"); // 1.25
    figures(projects.get(11), "5000"); // 1.00
    String work = figures(projects.get(7), "8000"); // 0.63
    Answer red =
        projects
            .get(11)
            .post(
                "manager",
                "/status-reports",
                "{\"rag\":\"RED\",\"summary\":\"Supplier gone\",\"statusDate\":\"2026-06-30\"}");
    assertThat(red.status()).as(red.raw().body()).isEqualTo(201);
    projects
        .get(7)
        .created(
            "manager",
            "/change-requests",
            ("{\"title\":\"More testing\",\"justification\":\"Defects\",\"proposedChanges\":"
                    + "[{\"type\":\"CHANGE_PLANNED_COST\",\"workPackageId\":\"%s\",\"plannedCost\":12000}]}")
                .formatted(work));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode all = read("/api/projects?size=200&sort=cpi,desc");
              return all.get("items").size() == PROJECTS
                  && codes(all).subList(0, 4).equals(byCpi)
                  && exceptions(all).contains("P-07")
                  && exceptions(all).contains("P-11")
                  && all.get("items").get(3).get("openChangeRequests").asInt() == 1;
            });
    expectedExceptions = exceptions(read("/api/projects?size=200"));
  }

  /** The codes of the exceptions among the rows, in code order, as the page marks them. */
  private static List<String> exceptions(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("items")
        .forEach(
            row -> {
              if (!row.get("withinTolerance").asBoolean()
                  || row.get("openChangeRequests").asInt() > 0
                  || "RED".equals(row.get("rag").asText())) {
                codes.add(row.get("code").asText());
              }
            });
    codes.sort(Comparator.naturalOrder());
    return codes;
  }

  /** Charters' work: earned value 5,000.00 and the given cost; answers the work package. */
  private static String figures(ProjectScript project, String cost) {
    String line = project.budgetLine("LABOUR", "100000");
    String work = project.workPackage("Build", "2026-01-01", "2026-12-31", "10000");
    assertThat(project.baseline().status()).isEqualTo(200);
    assertThat(project.progress(work, 50, "2026-06-30").status()).isEqualTo(200);
    assertThat(project.cost(line, work, cost, "2026-06-30").status()).isEqualTo(201);
    return work;
  }

  @Test
  void pagesByCursorWalkTheWholePortfolioOnceInTheOrderOfAnyColumn() {
    List<String> walked = walk("/api/projects?sort=cpi,desc&size=7");
    assertThat(walked).hasSize(PROJECTS).doesNotHaveDuplicates();
    List<String> rest =
        IntStream.range(0, PROJECTS)
            .mapToObj(i -> "P-%02d".formatted(i))
            .filter(code -> !byCpi.contains(code))
            .toList();
    List<String> expected = new ArrayList<>(byCpi);
    expected.addAll(rest);
    assertThat(walked)
        .as("CPI high to low, projects without one last, by code")
        .isEqualTo(expected);
    assertThat(codes(read("/api/projects?sort=cpi,desc&size=200"))).isEqualTo(walked);

    List<String> ascending = walk("/api/projects?sort=cpi&size=5");
    List<String> lowFirst = new ArrayList<>(byCpi);
    java.util.Collections.reverse(lowFirst);
    assertThat(ascending.subList(0, 4)).isEqualTo(lowFirst);
    assertThat(ascending.subList(4, PROJECTS)).as("still last").isEqualTo(rest);

    // The figures on each row are the dashboard's, and the column sorted is in order.
    List<BigDecimal> cpis = new ArrayList<>();
    read("/api/projects?sort=cpi,desc&size=4")
        .get("items")
        .forEach(row -> cpis.add(row.get("cpi").decimalValue()));
    assertThat(cpis).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(cpis.get(0)).isEqualByComparingTo("2.00");

    // Every other key walks the whole portfolio once too, either way.
    for (String sort :
        List.of(
            "name",
            "state,desc",
            "plannedFinish",
            "rag,desc",
            "bac",
            "ac,desc",
            "eac",
            "spi",
            "nextMilestoneDue",
            "openChangeRequests,desc",
            "exceptions,desc",
            "manager")) {
      List<String> all = walk("/api/projects?size=6&sort=" + sort);
      assertThat(all).as(sort).hasSize(PROJECTS).doesNotHaveDuplicates();
      assertThat(all).as(sort).isEqualTo(codes(read("/api/projects?size=200&sort=" + sort)));
    }
    assertThat(walk("/api/projects?size=6&sort=rag,desc").get(0)).isEqualTo("P-11");
    List<String> byExceptions = walk("/api/projects?size=6&sort=exceptions,desc");
    assertThat(byExceptions.subList(0, expectedExceptions.size()))
        .containsExactlyInAnyOrderElementsOf(expectedExceptions);
  }

  @Test
  void asOfAnInstantThePagesFollowTheSameOrder() {
    String now = Instant.now().toString();
    for (String sort : List.of("cpi,desc", "code", "exceptions,desc", "state")) {
      assertThat(walk("/api/projects?size=9&sort=" + sort + "&asOf=" + now))
          .as(sort)
          .isEqualTo(walk("/api/projects?size=9&sort=" + sort));
    }
    assertThat(codes(read("/api/projects?exceptions=true&size=200&asOf=" + now)))
        .isEqualTo(expectedExceptions);
    JsonNode counted = read("/api/projects?exceptions=true&count=true&asOf=" + now);
    assertThat(counted.get("total").asLong()).isEqualTo(expectedExceptions.size());
  }

  @Test
  void filtersKeepExceptionsOrTextAndACountIsMadeOnlyWhenAsked() {
    assertThat(expectedExceptions).contains("P-07", "P-11");
    JsonNode exceptions = read("/api/projects?exceptions=true&size=200");
    assertThat(codes(exceptions)).isEqualTo(expectedExceptions);
    assertThat(exceptions.get("total").isNull()).as("no count unless asked").isTrue();
    assertThat(exceptions.get("nextCursor").isNull()).isTrue();
    assertThat(read("/api/projects?exceptions=true&count=true").get("total").asLong())
        .isEqualTo(expectedExceptions.size());
    assertThat(read("/api/projects?count=true&size=1").get("total").asLong()).isEqualTo(PROJECTS);

    assertThat(walk("/api/projects?size=4&q=" + encode(" p-0")))
        .containsExactly(
            "P-00", "P-01", "P-02", "P-03", "P-04", "P-05", "P-06", "P-07", "P-08", "P-09");
    assertThat(codes(read("/api/projects?q=" + encode("%")))).isEmpty();
    assertThat(codes(read("/api/projects?q=" + encode("_")))).isEmpty();
    assertThat(codes(read("/api/projects?q=P-2&state=EXECUTING"))).containsExactly("P-20");
  }

  @Test
  void aCursorFromAnotherSortOrNoCursorAtAllIsRefused() {
    String cursor = read("/api/projects?sort=cpi&size=2").get("nextCursor").asText();
    refused("/api/projects?sort=code&cursor=" + cursor, "cursor");
    refused("/api/projects?sort=cpi,desc&cursor=" + cursor, "cursor");
    refused("/api/projects?cursor=bm90IGEgY3Vyc29y", "cursor");
    refused("/api/projects?cursor=%25%25", "cursor");
    refused("/api/projects?sort=cpi&page=1&cursor=" + cursor, "page");
    refused("/api/projects?sort=budget", "sort");
    refused("/api/projects?q=" + "x".repeat(201), "q");
    assertThat(read("/api/projects?sort=cpi&cursor=" + cursor).get("items")).isNotEmpty();
  }

  @Test
  void thePortfolioPageReadsAPageAtATimeAndSortsAndFiltersOnTheServer() {
    try (Browser browser = Browser.open(port)) {
      browser.signIn("auditor", TestUsers.PASSWORD);
      browser.until(
          d ->
              d.findElement(By.cssSelector("p[aria-live]"))
                  .getText()
                  .startsWith("Projects 1 to 50"));
      assertThat(browser.all(By.cssSelector("#portfolio tbody tr"))).hasSize(50);
      assertThat(browser.await(By.id("portfolio-previous")).isEnabled()).isFalse();
      browser.await(By.id("portfolio-next")).click();
      browser.until(
          d ->
              d.findElement(By.cssSelector("p[aria-live]"))
                  .getText()
                  .startsWith("Projects 51 to 53"));
      assertThat(browser.await(By.id("portfolio-next")).isEnabled()).isFalse();
      browser.await(By.id("portfolio-previous")).click();
      browser.until(
          d ->
              d.findElement(By.cssSelector("p[aria-live]"))
                  .getText()
                  .startsWith("Projects 1 to 50"));

      browser.await(By.cssSelector("button[data-sort='cpi']")).click();
      browser.until(d -> firstCode(d).equals("P-07"));
      browser.await(By.cssSelector("button[data-sort='cpi']")).click();
      browser.until(d -> firstCode(d).equals("P-20"));
      assertThat(browser.await(By.cssSelector("th[aria-sort='descending'] button")).getText())
          .startsWith("CPI");

      browser.await(By.id("filter-exceptions")).click();
      browser.until(
          d ->
              d.findElements(By.cssSelector("#portfolio tbody tr")).size()
                  == expectedExceptions.size());
      assertThat(browser.await(By.cssSelector("#portfolio tbody")).getText())
          .contains("P-07", "1 open change request", "P-11", "reported red");
      browser.await(By.id("filter-exceptions")).click();
      browser.await(By.id("filter-text")).sendKeys("p-1");
      browser.until(d -> d.findElements(By.cssSelector("#portfolio tbody tr")).size() == 10);
      browser.await(By.id("filter-text")).sendKeys("x");
      browser.until(
          d -> d.findElement(By.id("portfolio")).getText().contains("No project matches."));
    }
  }

  private static String firstCode(org.openqa.selenium.WebDriver driver) {
    return driver.findElement(By.cssSelector("#portfolio tbody tr th")).getText();
  }

  /** Every code, page after page, following nextCursor. */
  private List<String> walk(String path) {
    List<String> codes = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 100; pages++) {
      JsonNode page = read(cursor == null ? path : path + "&cursor=" + cursor);
      codes.addAll(codes(page));
      if (page.get("nextCursor").isNull()) {
        return codes;
      }
      cursor = page.get("nextCursor").asText();
    }
    throw new AssertionError("more than 100 pages");
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("items").forEach(row -> codes.add(row.get("code").asText()));
    return codes;
  }

  private JsonNode read(String path) {
    Answer answer = http.get("auditor", TestUsers.PASSWORD, path);
    assertThat(answer.status()).as(path + ": " + answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private void refused(String path, String field) {
    Answer answer = http.get("auditor", TestUsers.PASSWORD, path);
    assertThat(answer.status()).as(path).isEqualTo(400);
    assertThat(answer.json().toString()).as(path).contains("\"" + field + "\"");
    assertThat(answer.contentType()).contains("application/problem+json");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
 * Security review, finding 5: a name that is a spreadsheet formula goes out of every CSV export as
 * text (behind a single quote), never as a live formula; a negative figure keeps its sign; the
 * schedule CSV imported again gives the name back exactly.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class FormulaInjectionTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\";\"Open\")";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aFormulaInANameLeavesEveryCsvAsTextAndComesBackAsTyped() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-CSV-INJ");
    String line = script.budgetLine("LABOUR", "100000");
    String work =
        script.created(
            "manager",
            "/work-packages",
            "{\"name\":\"%s\",\"plannedStart\":\"2026-02-02\",\"plannedFinish\":\"2026-02-27\",\"plannedCost\":1000,\"dependsOn\":[]}"
                .formatted(FORMULA.replace("\"", "\\\"")));
    LedgerHttp.Answer cost =
        script.post(
            "manager",
            "/costs",
            "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":3000,\"incurredOn\":\"2026-02-03\",\"reference\":\"@SUM(A1:A9)\"}"
                .formatted(line, work));
    long version = cost.json().get("version").asLong();

    String schedule = csv(http, script, "schedule.csv?minVersion=" + version);
    String audit = csv(http, script, "audit.csv?minVersion=" + version);
    String earned =
        csv(http, script, "earned-value.csv?statusDate=2026-02-03&minVersion=" + version);
    for (String file : new String[] {schedule, audit, earned}) {
      for (String cell : cells(file)) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    }
    assertThat(schedule).contains("'=HYPERLINK(");
    // A negative figure is a number, not a formula: its sign stays (CV = EV − AC < 0).
    assertThat(earned).containsPattern("figure,CV,-\\d");

    ProjectScript again = ProjectScript.charter(http, "PRJ-CSV-INJ-2");
    again.budgetLine("LABOUR", "100000");
    JsonNode report =
        http.upload(
                "manager",
                "secret",
                again.project + "/imports?dryRun=true",
                "schedule.csv",
                schedule.getBytes(StandardCharsets.UTF_8))
            .json();
    assertThat(report.get("created").findValuesAsText("name")).containsExactly(FORMULA);
  }

  private static String csv(LedgerHttp http, ProjectScript script, String path) {
    LedgerHttp.Answer answer = http.get("auditor", "secret", script.project + "/exports/" + path);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.raw().body();
  }

  /** Each cell, unquoted, of a CSV whose cells hold no line break. */
  private static java.util.List<String> cells(String csv) throws Exception {
    java.util.List<String> cells = new java.util.ArrayList<>();
    try (var rows =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .readerForListOf(String.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .<java.util.List<String>>readValues(csv)) {
      while (rows.hasNext()) {
        cells.addAll(rows.next());
      }
    }
    return cells;
  }
}

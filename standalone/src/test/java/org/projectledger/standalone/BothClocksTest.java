package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * Both clocks (DOMAIN.md, second edition): a read as of an instant is measured on the date of that
 * instant unless a status date is given, so it answers what it answered then; the portfolio takes
 * {@code asOf} and {@code statusDate} like every project read.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class BothClocksTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void
      aReadAsOfAnInstantIsMeasuredOnTheDateOfThatInstantAndThePortfolioAsOfItShowsTheFiguresThen() {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript project = ProjectScript.charter(http, "CLOCKS-1");
    String line = project.budgetLine("LABOUR", "100000");
    String design = project.workPackage("Design", "2026-02-02", "2026-02-27", "10000");
    assertThat(project.baseline().status()).isEqualTo(200);
    assertThat(project.progress(design, 50, "2026-02-14").status()).isEqualTo(200);
    assertThat(project.cost(line, design, "4000", "2026-02-10").status()).isEqualTo(201);
    Instant before = Instant.now();
    await().until(() -> Instant.now().isAfter(before.plusMillis(5)));
    LedgerHttp.Answer second = project.cost(line, design, "6000", "2026-02-12");
    assertThat(second.status()).isEqualTo(201);
    long version = second.json().get("version").asLong();

    String dayOfBefore = before.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    JsonNode asOfAlone = read(http, project.project + "/dashboard?asOf=" + before);
    JsonNode asOfWithItsDate =
        read(http, project.project + "/dashboard?asOf=" + before + "&statusDate=" + dayOfBefore);
    assertThat(asOfAlone).isEqualTo(asOfWithItsDate);
    assertThat(asOfAlone.get("statusDate").asText()).isEqualTo(dayOfBefore);
    assertThat(asOfAlone.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("4000");

    JsonNode now =
        read(http, "/api/projects?projectId=" + project.projectId() + "&minVersion=" + version);
    JsonNode then = read(http, "/api/projects?asOf=" + before);
    assertThat(row(now, project.projectId()).get("ac").decimalValue())
        .isEqualByComparingTo("10000");
    assertThat(row(then, project.projectId()).get("ac").decimalValue())
        .isEqualByComparingTo("4000");
    assertThat(row(then, project.projectId()).get("state").asText()).isEqualTo("EXECUTING");
    // A project chartered after the instant is not in the portfolio as it stood then.
    ProjectScript later = ProjectScript.charter(http, "CLOCKS-2");
    JsonNode stillThen = read(http, "/api/projects?count=true&asOf=" + before);
    assertThat(stillThen.get("total").asLong()).isEqualTo(1);
    assertThat(row(stillThen, later.projectId())).isNull();
  }

  private static JsonNode read(LedgerHttp http, String path) {
    LedgerHttp.Answer answer = http.get("auditor", "secret", path);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private static JsonNode row(JsonNode page, String projectId) {
    for (JsonNode row : page.get("items")) {
      if (row.get("projectId").asText().equals(projectId)) {
        return row;
      }
    }
    return null;
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CharterProject through every layer, on PostgreSQL: HTTP, the aggregate, the event store, the
 * portfolio projection, and the reads with read-your-writes.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class CharterSliceOnPostgresTest {

  private static final String SECRET = TestUsers.PASSWORD;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private LedgerHttp http;

  @BeforeEach
  void setUp() {
    http = new LedgerHttp(port);
  }

  @Test
  void aCharterIsRecordedOnceAndReadBackAtTheVersionTheWriteAnswered() throws Exception {
    String code = uniqueCode();
    Answer written =
        http.post("pmo", SECRET, "/api/projects", charter(code, "2026-03-01", "2026-12-31"));

    assertThat(written.status()).isEqualTo(201);
    UUID projectId = UUID.fromString(written.json().get("projectId").asText());
    assertThat(written.header("Location")).isEqualTo("/api/projects/" + projectId);
    assertThat(written.header("ETag")).isEqualTo("\"0\"");
    assertThat(written.json().get("version").asLong()).isZero();
    assertThat(written.json().get("id").asText()).isEqualTo(projectId.toString());

    Answer read = http.get("viewer", SECRET, "/api/projects/" + projectId + "?minVersion=0");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("X-Projection-Version")).isEqualTo("0");
    JsonNode project = read.json();
    assertThat(project.get("code").asText()).isEqualTo(code);
    assertThat(project.get("name").asText()).isEqualTo("New ERP");
    assertThat(project.get("state").asText()).isEqualTo("CHARTERED");
    assertThat(project.get("currency").asText()).isEqualTo("EUR");
    assertThat(project.get("plannedStart").asText()).isEqualTo("2026-03-01");
    assertThat(project.get("plannedFinish").asText()).isEqualTo("2026-12-31");
    assertThat(project.get("tolerances").get("scheduleDays").asInt()).isEqualTo(10);
    assertThat(project.get("tolerances").get("costPercent").decimalValue())
        .isEqualByComparingTo("5.5");
    assertThat(project.get("charteredBy").asText()).isEqualTo("pmo");

    Answer portfolio =
        http.get(
            "viewer", SECRET, "/api/projects?minVersion=0&projectId=" + projectId + "&size=200");
    assertThat(portfolio.status()).isEqualTo(200);
    assertThat(portfolio.header("X-Projection-Version")).isEqualTo("0");
    assertThat(portfolio.json().get("items").findValuesAsText("code")).contains(code);

    var stored =
        jdbc.queryForMap(
            "SELECT payloadtype, payloadrevision, sequencenumber, metadata FROM domainevententry"
                + " WHERE aggregateidentifier = ?",
            projectId.toString());
    assertThat(stored.get("payloadtype"))
        .isEqualTo("org.projectledger.api.charter.ProjectChartered");
    assertThat(stored.get("payloadrevision")).isEqualTo("1");
    assertThat(stored.get("sequencenumber")).isEqualTo(0L);
    JsonNode metaData = new ObjectMapper().readTree((byte[]) stored.get("metadata"));
    assertThat(metaData.get("actor").asText()).isEqualTo("pmo");
    assertThat(metaData.get("actorName").asText()).isEqualTo("Pat Office");
    assertThat(metaData.get("roles").get(0).asText()).isEqualTo("PMO");
    assertThat(metaData.get("correlationId").asText()).isNotBlank();
    assertThat(metaData.get("causationId").asText()).isNotBlank();
  }

  @Test
  void invalidFieldsAnswer400WithTheFieldsNamedAndAppendNothing() {
    long before = eventCount();
    Answer answer =
        http.post(
            "pmo",
            SECRET,
            "/api/projects",
            """
            {"code":"x","name":"","sponsor":"sponsor","manager":"manager","currency":"EUX",
             "plannedStart":"2026-03-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":-1,"costPercent":5}}
            """);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(answer.json().get("errors").findValuesAsText("field"))
        .contains("code", "name", "currency", "tolerances.scheduleDays");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void anUnknownFieldIsRejectedSoThatATypoNeverPassesSilently() {
    long before = eventCount();
    String body = charter(uniqueCode(), "2026-03-01", "2026-12-31").replace("\"name\"", "\"nmae\"");
    Answer answer = http.post("pmo", SECRET, "/api/projects", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("nmae");
    assertThat(eventCount()).isEqualTo(before);
  }

  /**
   * PostgreSQL cannot store a date past the year 5874897, and Jackson reads one from a number of
   * days: such a charter was once acknowledged and then refused by every read model.
   */
  @Test
  void aDateBeyondTheYear9999IsRefusedAndNothingIsAppended() {
    long before = eventCount();
    String code = uniqueCode();
    Answer farOff =
        http.post("pmo", SECRET, "/api/projects", charter(code, "2026-03-01", "+5881580-07-12"));
    Answer asDays =
        http.post(
            "pmo",
            SECRET,
            "/api/projects",
            charter(code, "2026-03-01", "2026-12-31").replace("\"2026-12-31\"", "2147483647"));

    for (Answer answer : List.of(farOff, asDays)) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
      assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("plannedFinish");
    }
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void malformedJsonAndNonJsonBodiesAreRefusedWithTheirOwnCodes() {
    Answer malformed = http.post("pmo", SECRET, "/api/projects", "{\"code\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("code").asText()).isEqualTo("MALFORMED_REQUEST");

    Answer notJson = http.post("pmo", SECRET, "/api/projects", "text/plain", "code=PRJ-1");
    assertThat(notJson.status()).isEqualTo(415);
    assertThat(notJson.json().get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aStartAfterTheFinishIsRefusedByTheDomainWithInvalidDates() {
    long before = eventCount();
    Answer answer =
        http.post(
            "pmo", SECRET, "/api/projects", charter(uniqueCode(), "2027-01-01", "2026-12-31"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("code").asText()).isEqualTo("INVALID_DATES");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void onlyThePmoChartersAndNobodyIsAnonymous() {
    long before = eventCount();
    Answer manager =
        http.post(
            "manager", SECRET, "/api/projects", charter(uniqueCode(), "2026-03-01", "2026-12-31"));
    assertThat(manager.status()).isEqualTo(403);
    assertThat(manager.json().get("code").asText()).isEqualTo("FORBIDDEN");

    Answer anonymous =
        http.post(null, null, "/api/projects", charter(uniqueCode(), "2026-03-01", "2026-12-31"));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

    Answer wrongPassword = http.get("pmo", "not-the-password", "/api/projects");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(http.get(null, null, "/api/projects").status()).isEqualTo(401);
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void aCodeAlreadyInThePortfolioIsRefused() {
    String code = uniqueCode();
    assertThat(
            http.post("pmo", SECRET, "/api/projects", charter(code, "2026-03-01", "2026-12-31"))
                .status())
        .isEqualTo(201);
    long before = eventCount();

    Answer again =
        http.post("pmo", SECRET, "/api/projects", charter(code, "2026-04-01", "2026-11-30"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("DUPLICATE_PROJECT_CODE");
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void ofEightConcurrentChartersWithOneCodeExactlyOneSucceeds() throws Exception {
    String code = uniqueCode();
    int writers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Callable<Answer> charter =
            () -> {
              start.await();
              return http.post(
                  "pmo", SECRET, "/api/projects", charter(code, "2026-03-01", "2026-12-31"));
            };
        answers.add(pool.submit(charter));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        Answer done = answer.get();
        statuses.add(done.status());
        if (done.status() == 409) {
          assertThat(done.json().get("code").asText()).isEqualTo("DUPLICATE_PROJECT_CODE");
        }
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    Integer charters =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM project_code WHERE code = ?", Integer.class, code);
    assertThat(charters).isEqualTo(1);
  }

  @Test
  void readYourWritesFollowsEveryWriteAndTheStateFollowsTheLifecycle() {
    Answer chartered =
        http.post(
            "pmo", SECRET, "/api/projects", charter(uniqueCode(), "2026-03-01", "2026-12-31"));
    String project = "/api/projects/" + chartered.json().get("projectId").asText();
    Answer line =
        http.post(
            "manager",
            SECRET,
            project + "/budget-lines",
            "{\"category\":\"LABOUR\",\"amount\":1000}");
    assertThat(line.json().get("version").asLong()).isEqualTo(1);
    http.post(
        "manager",
        SECRET,
        project + "/work-packages",
        "{\"name\":\"Design\",\"plannedStart\":\"2026-04-01\",\"plannedFinish\":\"2026-04-30\",\"plannedCost\":900}");
    Answer baselined =
        http.post(
            "sponsor",
            SECRET,
            project + "/baselines",
            "{\"reason\":\"Agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}");
    assertThat(baselined.json().get("version").asLong()).isEqualTo(3);

    Answer read = http.get("viewer", SECRET, project + "?minVersion=3");
    assertThat(read.header("X-Projection-Version")).isEqualTo("3");
    assertThat(read.json().get("state").asText()).isEqualTo("EXECUTING");
  }

  @Test
  void anUnknownProjectIs404WithNoProjectionVersion() {
    Answer answer =
        http.get("viewer", SECRET, "/api/projects/" + UUID.randomUUID() + "?minVersion=0");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(answer.header("X-Projection-Version")).isEqualTo("-1");
  }

  @Test
  void thePortfolioFiltersSortsAndPages() {
    String prefix = "SRT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    UUID last = null;
    for (String suffix : List.of("C", "A", "B")) {
      Answer written =
          http.post(
              "pmo",
              SECRET,
              "/api/projects",
              charter(prefix + "-" + suffix, "2026-03-01", "2026-12-31"));
      last = UUID.fromString(written.json().get("projectId").asText());
    }
    http.get("viewer", SECRET, "/api/projects/" + last + "?minVersion=0");

    Answer firstPage =
        http.get(
            "viewer",
            SECRET,
            "/api/projects?state=CHARTERED&sort=code,desc&size=2&page=0&count=true");
    assertThat(firstPage.status()).isEqualTo(200);
    assertThat(firstPage.json().get("items")).hasSize(2);
    assertThat(firstPage.json().get("total").asLong()).isGreaterThanOrEqualTo(3);
    List<String> codes = firstPage.json().get("items").findValuesAsText("code");
    assertThat(codes).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    assertThat(
            http.get("viewer", SECRET, "/api/projects?state=CLOSED&count=true")
                .json()
                .get("total")
                .asLong())
        .isZero();
    Answer badSort = http.get("viewer", SECRET, "/api/projects?sort=budget");
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.json().get("errors").get(0).get("field").asText()).isEqualTo("sort");
    assertThat(http.get("viewer", SECRET, "/api/projects?size=0").status()).isEqualTo(400);
    assertThat(http.get("viewer", SECRET, "/api/projects?state=OPEN").status()).isEqualTo(400);
  }

  private long eventCount() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    return count == null ? 0 : count;
  }

  private static String uniqueCode() {
    return "PRJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String charter(String code, String start, String finish) {
    return """
        {"code":"%s","name":"New ERP","sponsor":"sponsor","manager":"manager","currency":"EUR",
         "plannedStart":"%s","plannedFinish":"%s",
         "tolerances":{"scheduleDays":10,"costPercent":5.5}}
        """
        .formatted(code, start, finish);
  }
}

package org.projectledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectledger.command.axon.VerifiedCache;
import org.projectledger.domain.Project;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two command-side nodes on one PostgreSQL, each with its own cache and locks, write to the same
 * project at once. The event store's unique (aggregate, sequence) key settles every race: a loser
 * is retried by the server and either lands or is answered 409; nothing is lost or doubled.
 */
class TwoWritersTest {

  private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() {
    String url = TestPostgres.server().createDatabase();
    for (int node = 0; node < 2; node++) {
      List<String> properties = new ArrayList<>(List.of(TestUsers.PROPERTIES));
      properties.add("spring.datasource.url=" + url);
      properties.add("spring.datasource.username=" + TestPostgres.server().user());
      properties.add("spring.datasource.password=" + TestPostgres.server().password());
      properties.add("server.port=0");
      properties.add("spring.profiles.active=postgres");
      // As command-line arguments: they outrank the postgres profile's own data source.
      NODES.add(
          new SpringApplicationBuilder(CommandSideApplication.class)
              .run(properties.stream().map(property -> "--" + property).toArray(String[]::new)));
    }
  }

  @AfterAll
  static void stopNodes() {
    NODES.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void racingWritesOnTwoNodesLandOnceEachOrAreAnswered409() throws Exception {
    LedgerHttp first = http(0);
    LedgerHttp second = http(1);
    String projectId = charter(first, "PRJ-RACE-1");
    String project = "/api/projects/" + projectId;
    String line = budgetLine(first, projectId);
    String work = workPackage(second, projectId);

    int writers = 8;
    int each = 10;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<List<Answer>>> results = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      LedgerHttp node = writer % 2 == 0 ? first : second;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  answers.add(
                      node.post(
                          "manager",
                          "secret",
                          project + "/costs",
                          "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1,\"incurredOn\":\"2026-03-01\",\"reference\":\"T\"}"
                              .formatted(line, work)));
                }
                return answers;
              }));
    }
    start.countDown();
    List<Answer> answers = new ArrayList<>();
    for (Future<List<Answer>> result : results) {
      answers.addAll(result.get());
    }
    pool.shutdown();

    Set<Long> versions = new HashSet<>();
    int landed = 0;
    for (Answer answer : answers) {
      assertThat(answer.status()).as(answer.raw().body()).isIn(201, 409);
      if (answer.status() == 201) {
        landed++;
        assertThat(versions.add(answer.json().get("version").asLong()))
            .as("versions are unique")
            .isTrue();
      } else {
        assertThat(answer.json().get("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
      }
    }
    JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
    Integer recorded =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CostRecorded'",
            Integer.class, projectId);
    assertThat(recorded).isEqualTo(landed);
    assertThat(landed).isGreaterThan(answers.size() / 2);

    // The losers try again, on the other node, until they land.
    int losers = answers.size() - landed;
    for (int i = 0; i < losers; i++) {
      LedgerHttp node = i % 2 == 0 ? second : first;
      Answer retry = null;
      for (int attempt = 0; attempt < 5 && (retry == null || retry.status() == 409); attempt++) {
        retry =
            node.post(
                "manager",
                "secret",
                project + "/costs",
                "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1,\"incurredOn\":\"2026-03-01\",\"reference\":\"T\"}"
                    .formatted(line, work));
      }
      assertThat(retry.status()).isEqualTo(201);
      assertThat(versions.add(retry.json().get("version").asLong())).isTrue();
    }

    // No duplicate sequence and no lost update: the stream is 0..N without a gap, and each cost
    // took the line's actuals on from exactly where the one before left them — as a serial replay
    // of the same costs would.
    List<Long> sequences =
        jdbc.queryForList(
            "SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
            Long.class,
            projectId);
    for (int i = 0; i < sequences.size(); i++) {
      assertThat(sequences.get(i)).isEqualTo(i);
    }
    List<String> costs =
        jdbc.queryForList(
            "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE '%CostRecorded' ORDER BY sequencenumber",
            String.class, projectId);
    assertThat(costs).hasSize(answers.size());
    java.math.BigDecimal actual = java.math.BigDecimal.ZERO;
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String cost : costs) {
      com.fasterxml.jackson.databind.JsonNode event = json.readTree(cost);
      assertThat(event.get("lineActualBefore").decimalValue()).isEqualByComparingTo(actual);
      actual = actual.add(event.get("amount").decimalValue());
      assertThat(event.get("lineActualAfter").decimalValue()).isEqualByComparingTo(actual);
    }
    assertThat(actual).isEqualByComparingTo(String.valueOf(answers.size()));
    System.out.printf(
        "two writers: %d racing costs on two nodes, %d landed at once, %d answered 409 and landed"
            + " on retry; stream 0..%d without a gap; line actuals %s%n",
        answers.size(), landed, losers, sequences.size() - 1, actual);
  }

  /**
   * A node's cached copy of a project is not checked before each write from the API any more
   * (VerifiedCache): a write the copy would refuse for what it missed is tried again on the stored
   * project, not answered with the old copy's refusal.
   */
  @Test
  void aWriteRefusedOnACopyBehindTheStoreIsTriedAgainOnTheStoredProject() throws Exception {
    LedgerHttp first = http(0);
    LedgerHttp second = http(1);
    String projectId = charter(first, "PRJ-STALE-1");
    String project = "/api/projects/" + projectId;
    // The first node holds the project (chartered, a line opened) in its cache ...
    String line = budgetLine(first, projectId);
    // ... the second plans a work package the first node's copy has never seen ...
    String work = workPackage(second, projectId);
    // ... and a cost booked on it through the first node lands, once.
    Answer cost =
        first.post(
            "manager",
            "secret",
            project + "/costs",
            "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":5,\"incurredOn\":\"2026-03-01\",\"reference\":\"S\"}"
                .formatted(line, work));
    assertThat(cost.status()).as(cost.raw().body()).isEqualTo(201);
    JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CostRecorded'",
                Integer.class, projectId))
        .isEqualTo(1);
    assertThat(cost.json().get("version").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                projectId));
  }

  /**
   * The same plan file again through a node whose copy is behind the store is not answered
   * "unchanged": judged on the stored project, the file undoes what the other node changed
   * meanwhile, and that is recorded. (The import's admission, a dry run, has its copy checked
   * before use; the test below reaches the check a write makes when it records nothing.)
   */
  @Test
  void aWriteThatWouldRecordNothingOnACopyBehindTheStoreIsTriedAgainOnTheStoredProject()
      throws Exception {
    LedgerHttp first = http(0);
    LedgerHttp second = http(1);
    String projectId = charter(first, "PRJ-STALE-2");
    String project = "/api/projects/" + projectId;
    budgetLine(first, projectId);
    byte[] plan =
        """
        id,name,type,start,finish,cost,predecessors
        A1,Survey,TASK,2026-03-02,2026-03-13,4000.25,
        """
            .getBytes(StandardCharsets.UTF_8);
    // The first node imports the plan and holds the project in its cache ...
    Answer imported =
        first.upload("manager", "secret", project + "/imports?dryRun=false", "plan.csv", plan);
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
    String survey = imported.json().at("/report/created/0/itemId").asText();
    // ... the second changes the work package's planned cost ...
    Answer changed =
        second.post(
            "manager",
            "secret",
            project + "/work-packages/" + survey + "/planned-cost",
            "{\"plannedCost\":5000,\"reason\":\"Re-estimated\"}");
    assertThat(changed.status()).as(changed.raw().body()).isIn(200, 201);
    // ... and the same file through the first node is not "unchanged": it sets the cost back.
    Answer again =
        first.upload("manager", "secret", project + "/imports?dryRun=false", "plan.csv", plan);
    assertThat(again.status()).as(again.raw().body()).isIn(200, 201);
    assertThat(again.json().at("/report/unchanged")).as(again.raw().body()).isEmpty();
    assertThat(again.json().at("/report/changed")).as(again.raw().body()).hasSize(1);
    JdbcTemplate jdbc = NODES.get(0).getBean(JdbcTemplate.class);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%PlannedCostChanged'",
                Integer.class, projectId))
        .isEqualTo(2);
  }

  /**
   * A unit of work of a write from the API that records nothing on a cached copy behind the store
   * fails with {@code StaleProject} when it commits, and the copy is dropped: the next unit of work
   * is served the stored project.
   */
  @Test
  void aCopyBehindTheStoreFailsTheWriteThatRecordsNothingOnIt() {
    LedgerHttp first = http(0);
    LedgerHttp second = http(1);
    String projectId = charter(first, "PRJ-STALE-3");
    // The first node holds the project at version 0; the second appends to it.
    Answer line =
        second.post(
            "manager",
            "secret",
            "/api/projects/" + projectId + "/budget-lines",
            "{\"category\":\"LABOUR\",\"amount\":100000}");
    assertThat(line.status()).isEqualTo(201);
    long stored = line.json().get("version").asLong();
    Repository<Project> projects =
        NODES.get(0).getBean(Configuration.class).repository(Project.class);

    DefaultUnitOfWork<?> marked =
        DefaultUnitOfWork.startAndGet(
            GenericCommandMessage.asCommandMessage("probe")
                .withMetaData(Map.of(VerifiedCache.CHECKED_BY_OUTCOME, true)));
    assertThat(projects.load(projectId).version()).as("served unchecked").isLessThan(stored);
    assertThatThrownBy(marked::commit).isInstanceOf(VerifiedCache.StaleProject.class);

    DefaultUnitOfWork<?> unmarked =
        DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("probe"));
    assertThat(projects.load(projectId).version()).isEqualTo(stored);
    unmarked.commit();
  }

  /** A project chartered through {@code node}; its id. */
  private static String charter(LedgerHttp node, String code) {
    return node.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"%s","name":"Two writers","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":10,"costPercent":5}}
            """
                .formatted(code))
        .json()
        .get("projectId")
        .asText();
  }

  /** A budget line opened through {@code node}; its id. */
  private static String budgetLine(LedgerHttp node, String projectId) {
    return createdBy(
        node,
        "/api/projects/" + projectId + "/budget-lines",
        "{\"category\":\"LABOUR\",\"amount\":100000}");
  }

  /** A work package planned through {@code node}; its id. */
  private static String workPackage(LedgerHttp node, String projectId) {
    return createdBy(
        node,
        "/api/projects/" + projectId + "/work-packages",
        "{\"name\":\"Run\",\"plannedStart\":\"2026-02-01\",\"plannedFinish\":\"2026-11-30\",\"plannedCost\":1000}");
  }

  /**
   * What the manager's post of {@code body} to {@code path} through {@code node} created: its id.
   */
  private static String createdBy(LedgerHttp node, String path, String body) {
    return node.post("manager", "secret", path, body).json().get("id").asText();
  }

  private static LedgerHttp http(int node) {
    return new LedgerHttp(((WebServerApplicationContext) NODES.get(node)).getWebServer().getPort());
  }
}

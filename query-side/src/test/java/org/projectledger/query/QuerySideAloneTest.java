package org.projectledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.Tolerances;
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
 * The query side as its own service on PostgreSQL: it tails whatever the event store holds into its
 * read models, a redelivered event changes nothing, and it takes no writes.
 */
@SpringBootTest(
    classes = QuerySideApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class QuerySideAloneTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired EventProcessingConfiguration processing;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCharterInTheEventStoreReachesThePortfolioOnceEvenWhenReplayed() {
    UUID projectId = UUID.randomUUID();
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Project",
            projectId.toString(),
            0,
            new ProjectChartered(
                projectId,
                "PRJ-QRY-1",
                "Data centre move",
                "sponsor",
                "manager",
                "GBP",
                LocalDate.parse("2026-02-02"),
                LocalDate.parse("2026-09-30"),
                new Tolerances(5, new BigDecimal("2.5"))),
            MetaData.from(Map.of(MetaDataKeys.ACTOR, "pmo", MetaDataKeys.ROLES, List.of("PMO")))));

    LedgerHttp http = new LedgerHttp(port);
    Answer read = http.get("viewer", "secret", "/api/projects/" + projectId + "?minVersion=0");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("name").asText()).isEqualTo("Data centre move");
    assertThat(read.json().get("charteredBy").asText()).isEqualTo("pmo");

    TrackingEventProcessor portfolio =
        processing.eventProcessor("projects", TrackingEventProcessor.class).orElseThrow();
    portfolio.shutDown();
    portfolio.resetTokens();
    portfolio.start();
    waitUntilCaughtUp(portfolio);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM portfolio_project WHERE project_id = ?",
                Integer.class,
                projectId))
        .isEqualTo(1);
    assertThat(
            http.get("viewer", "secret", "/api/projects/" + projectId)
                .json()
                .get("version")
                .asLong())
        .isZero();
  }

  @Test
  void itTakesNoWrites() {
    Answer write =
        new LedgerHttp(port).post("pmo", "secret", "/api/projects", "{\"code\":\"PRJ-1\"}");

    assertThat(write.status()).isEqualTo(405);
    assertThat(write.json().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
  }

  private static void waitUntilCaughtUp(TrackingEventProcessor processor) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (processor.isRunning()
          && !processor.processingStatus().isEmpty()
          && processor.processingStatus().values().stream()
              .allMatch(
                  status ->
                      status.isCaughtUp()
                          && status.getCurrentPosition().orElse(-1)
                              >= status.getResetPosition().orElse(-1))) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError(
        "The portfolio processor did not catch up in 10 s: " + processor.processingStatus());
  }
}

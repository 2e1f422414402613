package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A link the chain cannot compute stops the chain: it never moves past the event. Health turns DOWN
 * naming the position, the projections admin shows it, verify says the chain is behind, and once
 * the store answers again the chain resumes from that very event.
 */
class ChainStopsOnFailureTest {

  private static ConfigurableApplicationContext service;
  private static AxonServerLikeStorage store;
  private static LedgerHttp http;

  @BeforeAll
  static void start() {
    service =
        InProcessServices.start(AxonServerLikeStorage.WIRING, AxonServerLikeStorage.OVERRIDING);
    store = service.getBean(AxonServerLikeStorage.class);
    http = InProcessServices.http(service);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void anEventTheChainCannotReadStopsItUntilTheStoreAnswersAgain() {
    JsonNode empty = http.get("auditor", "secret", "/api/ledger/verify").json();
    assertThat(empty.get("ok").asBoolean()).as("nothing verified is not ok").isFalse();
    assertThat(empty.get("verifiedThrough").isNull()).isTrue();
    assertThat(empty.get("firstMismatch").isNull()).isTrue();

    ProjectScript project = ProjectScript.charter(http, "STOP-1");
    await().atMost(Duration.ofSeconds(20)).until(() -> digestPosition() == 0);

    store.withhold(1);
    project.budgetLine("LABOUR", "500");
    project.budgetLine("MATERIAL", "250");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              LedgerHttp.Answer health = http.get("admin", "secret", "/actuator/health");
              assertThat(health.status())
                  .as(health.raw().body() + " digest " + digestPosition())
                  .isEqualTo(503);
              assertThat(health.json().at("/status").asText()).isEqualTo("DOWN");
              assertThat(
                      health
                          .json()
                          .at(
                              "/components/eventProcessors/details/processors/ledger/segments/0/error")
                          .asText())
                  .contains("The hash chain stopped at position 1");
            });
    JsonNode ledger = projection("ledger");
    assertThat(ledger.get("error").asBoolean()).isTrue();
    assertThat(ledger.at("/segments/0/error").asText()).contains("position 1");
    // The chain did not pass the event by: its head is still the charter, two events behind.
    assertThat(digestPosition()).isZero();
    // Verify cannot vouch for what the store does not send: it says so, it does not guess.
    LedgerHttp.Answer unverifiable = http.get("auditor", "secret", "/api/ledger/verify");
    assertThat(unverifiable.status()).isEqualTo(503);
    assertThat(unverifiable.json().get("code").asText()).isEqualTo("UNAVAILABLE");
    // The other read models go on.
    assertThat(projection("audit").get("error").asBoolean()).isFalse();

    store.withhold(-1);

    await().atMost(Duration.ofSeconds(60)).until(() -> digestPosition() == 2);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> http.get("admin", "secret", "/actuator/health").status() == 200);
    JsonNode resumed = http.get("auditor", "secret", "/api/ledger/verify").json();
    assertThat(resumed.get("ok").asBoolean()).isTrue();
    assertThat(resumed.get("verifiedThrough").asLong()).isEqualTo(2);
    assertThat(resumed.get("behind").asLong()).isZero();

    // A chain that is behind the store says by how much.
    EventProcessor chain =
        service.getBean(EventProcessingConfiguration.class).eventProcessor("ledger").orElseThrow();
    chain.shutDown();
    project.budgetLine("TRAVEL", "10");
    JsonNode behind = http.get("auditor", "secret", "/api/ledger/verify").json();
    assertThat(behind.get("ok").asBoolean()).isTrue();
    assertThat(behind.get("verifiedThrough").asLong()).isEqualTo(2);
    assertThat(behind.get("behind").asLong()).isEqualTo(1);
    chain.start();
    await().atMost(Duration.ofSeconds(20)).until(() -> digestPosition() == 3);
  }

  private static long digestPosition() {
    LedgerHttp.Answer digest = http.get("auditor", "secret", "/api/ledger/digest");
    return digest.status() == 200 ? digest.json().get("position").asLong() : -1;
  }

  private static JsonNode projection(String name) {
    for (JsonNode projection :
        http.get("admin", "secret", "/api/admin/projections").json().get("projections")) {
      if (projection.get("name").asText().equals(name)) {
        return projection;
      }
    }
    throw new AssertionError("No projection " + name);
  }
}

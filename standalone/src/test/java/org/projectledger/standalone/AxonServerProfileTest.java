package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code axonserver} profile wires the Axon Server connector for commands, events and queries.
 * No Axon Server runs on this machine: the service must still start, route its event store through
 * the connector, and report the unreachable server as DOWN rather than crash.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "axon.axonserver.servers=127.0.0.1:1",
      "management.endpoint.health.group.axon.include=axonServer"
    })
@ActiveProfiles({"postgres", "axonserver"})
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class AxonServerProfileTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  @Test
  void theServiceStartsOnTheConnectorAndShowsTheUnreachableServerAsDown() {
    assertThat(eventStore).isInstanceOf(AxonServerEventStore.class);

    JsonNode health =
        new LedgerHttp(port).get("admin", TestUsers.PASSWORD, "/actuator/health").json();

    assertThat(health.at("/components/axonServer/status").asText()).isEqualTo("DOWN");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
  }
}

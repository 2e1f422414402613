package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;

/**
 * The README's run command, killed with SIGKILL and started again on the same data directory: every
 * charter that was answered 201 is still there, in the event store and in the portfolio.
 */
class KillNineIT {

  @TempDir Path dataDir;

  private final ServiceProcesses processes = new ServiceProcesses();

  @AfterEach
  void stop() {
    processes.close();
  }

  @Test
  void everyAcknowledgedCharterSurvivesAKillNineAndARestart() throws Exception {
    int port = ServiceProcesses.freePort();
    Process first = start(port, "first");
    LedgerHttp http = new LedgerHttp(port);
    ServiceProcesses.awaitHealthy(http, first);

    List<String> acknowledged = new ArrayList<>();
    String prefix = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    for (int i = 0; i < 30; i++) {
      String code = prefix + "-" + i;
      Answer answer =
          http.post(
              "pmo",
              "demo",
              "/api/projects",
              CharterSliceOnPostgresTest.charter(code, "2026-03-01", "2026-12-31"));
      if (answer.status() == 201) {
        acknowledged.add(code);
      }
    }
    first.destroyForcibly().waitFor();
    assertThat(acknowledged).hasSize(30);

    Process second = start(port, "second");
    ServiceProcesses.awaitHealthy(http, second);
    // The dead process still holds the projection's token claim until it times out (10 s); on a
    // loaded machine the restart and the catch-up take longer still. Should it fail, the message
    // tells a lost event (the store's head short of 30 charters) from a slow projection.
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(codes(http))
                    .as(
                        () ->
                            "the portfolio after the restart; the projections: "
                                + http.get("admin", "demo", "/api/admin/projections").raw().body())
                    .containsExactlyInAnyOrderElementsOf(acknowledged));
  }

  private static List<String> codes(LedgerHttp http) {
    JsonNode portfolio = http.get("viewer", "demo", "/api/projects?size=200").json();
    return portfolio.get("items").findValuesAsText("code");
  }

  private Process start(int port, String name) throws IOException {
    return processes.start(
        "kill-nine-" + name,
        "--server.port=" + port,
        "--ledger.data-dir=" + dataDir,
        // Only the charters of this test: no sample portfolio beside them.
        "--ledger.demo-data=false");
  }
}

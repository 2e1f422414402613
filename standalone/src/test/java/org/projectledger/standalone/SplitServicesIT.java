package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;

/**
 * The split deployment as two processes from their own jars on one PostgreSQL: a charter written
 * through the command side is read back through the query side, which tails the event store. Each
 * side serves only its half of the contract.
 */
class SplitServicesIT {

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() {
    processes.forEach(Process::destroy);
  }

  @Test
  void aWriteThroughTheCommandSideIsReadThroughTheQuerySide() throws Exception {
    String url = TestPostgres.server().createDatabase();
    int commandPort = freePort();
    int queryPort = freePort();
    start("ledger.command-side.jar", commandPort, url, "command");
    start("ledger.query-side.jar", queryPort, url, "query");
    LedgerHttp command = new LedgerHttp(commandPort);
    LedgerHttp query = new LedgerHttp(queryPort);
    awaitHealthy(command);
    awaitHealthy(query);

    Answer written =
        command.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"PRJ-SPLIT-1","name":"Split","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
            """);
    assertThat(written.status()).as(written.raw().body()).isEqualTo(201);
    String project = written.json().get("projectId").asText();

    Answer read = null;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      read = query.get("viewer", "secret", "/api/projects/" + project + "?minVersion=0");
      if (read.status() == 200) {
        break;
      }
    }
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("code").asText()).isEqualTo("PRJ-SPLIT-1");
    assertThat(read.header("X-Projection-Version")).isEqualTo("0");

    // Signed in once at the command side (where the proxy sends a POST), read at the query side:
    // both verify the token with the key they share.
    Answer session = command.post("viewer", "secret", "/api/session", "");
    assertThat(session.status()).as(session.raw().body()).isEqualTo(201);
    java.net.http.HttpResponse<String> withToken =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + queryPort + "/api/projects/" + project))
                    .header("Authorization", "Bearer " + session.json().get("token").asText())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(withToken.statusCode()).isEqualTo(200);

    assertThat(query.post("pmo", "secret", "/api/projects", "{}").status()).isEqualTo(405);
    assertThat(command.get("viewer", "secret", "/api/projects").status()).isEqualTo(405);
  }

  private void start(String jarProperty, int port, String url, String name) throws IOException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddisable-axoniq-console-message=true",
                "-jar",
                System.getProperty(jarProperty),
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestPostgres.server().user(),
                "--spring.datasource.password=" + TestPostgres.server().password(),
                "--ledger.security.allow-noop-passwords=true",
                "--ledger.privacy.master-keys.test=" + TestUsers.TEST_MASTER_KEY,
                "--ledger.privacy.master-key-id=test",
                "--ledger.chain.signing-key-file=" + TestUsers.CHAIN_SIGNING_KEY_FILE,
                "--" + sessionKey(),
                "--ledger.users.pmo.password={noop}secret",
                "--ledger.users.pmo.roles=PMO",
                "--ledger.users.viewer.password={noop}secret",
                "--ledger.users.viewer.roles=VIEWER")
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "split-" + name + ".log").toFile())
            .start();
    processes.add(process);
  }

  /** The tests' session key, shared by both sides. */
  private static String sessionKey() {
    for (String property : TestUsers.PROPERTIES) {
      if (property.startsWith("ledger.security.session-key=")) {
        return property;
      }
    }
    throw new IllegalStateException("TestUsers sets no session key");
  }

  private static void awaitHealthy(LedgerHttp http) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        if (http.get(null, null, "/actuator/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("A service did not become healthy in 120 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

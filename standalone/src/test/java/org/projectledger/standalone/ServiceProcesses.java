package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;

/**
 * The packaged service as separate processes, for tests that kill it with SIGKILL: started with the
 * given arguments, logged under {@code target/}, and destroyed at the end of the test.
 */
final class ServiceProcesses implements AutoCloseable {

  private final List<Process> processes = new ArrayList<>();

  Process start(String log, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Ddisable-axoniq-console-message=true");
    command.add("-jar");
    command.add(System.getProperty("ledger.jar"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", log + ".log").toFile())
            .start();
    processes.add(process);
    return process;
  }

  static void awaitHealthy(LedgerHttp http, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the service is running").isTrue();
      try {
        if (http.get(null, null, "/actuator/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // Not listening yet.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The service did not become healthy in 90 s");
  }

  /** The arguments of a node on the given PostgreSQL database, with the test users. */
  static String[] onPostgres(String url, int port) {
    List<String> arguments = new ArrayList<>();
    for (String property : TestUsers.PROPERTIES) {
      arguments.add("--" + property);
    }
    arguments.add("--spring.profiles.active=postgres");
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--spring.datasource.username=" + TestPostgres.server().user());
    arguments.add("--spring.datasource.password=" + TestPostgres.server().password());
    arguments.add("--server.port=" + port);
    arguments.add("--ledger.security.write-burst=1000000");
    arguments.add("--ledger.security.read-burst=1000000");
    arguments.add("--ledger.security.reads-per-second=1000000");
    arguments.add("--ledger.security.writes-per-second=1000000");
    return arguments.toArray(String[]::new);
  }

  /** Waits until every projection of the node is at the head of the store, and not replaying. */
  /** Asks, as the admin, for {@code projection}'s replay from the first event; its answer. */
  static LedgerHttp.Answer replay(LedgerHttp http, String projection) {
    return http.post(
        "admin",
        "secret",
        "/api/admin/projections/" + projection + "/replay",
        "application/json",
        "");
  }

  static void awaitCaughtUp(LedgerHttp http) throws InterruptedException {
    awaitCaughtUp(http, Duration.ofSeconds(120));
  }

  /** The same, for at most {@code within}. */
  static void awaitCaughtUp(LedgerHttp http, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode view = http.get("admin", "secret", "/api/admin/projections").json();
      long head = view.get("head").asLong();
      boolean done = true;
      for (JsonNode projection : view.get("projections")) {
        done &= !projection.get("segments").isEmpty();
        for (JsonNode segment : projection.get("segments")) {
          done &=
              !segment.get("replaying").asBoolean() && segment.get("position").asLong(-1) >= head;
        }
      }
      if (done) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The projections did not catch up in " + within.toSeconds() + " s");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    processes.forEach(Process::destroyForcibly);
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.projectledger.platform.testing.LedgerHttp;

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

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away under load and comes back: while it is away writes answer 503 UNAVAILABLE
 * and record nothing, health answers DOWN; once it is back the same service, never restarted, takes
 * writes again, its read models catch up, and every write that was acknowledged is in the store
 * exactly once while none that was refused is. The database is a PostgreSQL of this test's own
 * (embedded), so that stopping it disturbs no other test.
 */
class DatabaseOutageTest {

  private static final int CLIENTS = 4;

  @Test
  void writesAnswer503WhileTheStoreIsAwayAndNothingAcknowledgedIsLost() throws Exception {
    Path data = Files.createTempDirectory("ledger-outage-pg");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    EmbeddedPostgres postgres = start(data, port);
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    ConfigurableApplicationContext service = null;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      service = startService(url);
      LedgerHttp http =
          new LedgerHttp(((WebServerApplicationContext) service).getWebServer().getPort());
      List<String> projects = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        projects.add(ProjectScript.charter(http, "PRJ-OUTAGE-" + i).project);
      }

      // Clients record decisions, each with its own id, and note how each write was answered.
      Map<String, Integer> answered = new ConcurrentHashMap<>();
      Map<String, String> projectOf = new ConcurrentHashMap<>();
      // Writes whose commit the store broke off: answered 503 "outcome unknown", they may be
      // stored (once) or not; every other refusal stored nothing.
      java.util.Set<String> unknown = ConcurrentHashMap.newKeySet();
      AtomicBoolean running = new AtomicBoolean(true);
      for (int c = 0; c < CLIENTS; c++) {
        String project = projects.get(c % projects.size());
        clients.submit(
            () -> {
              while (running.get()) {
                String id = UUID.randomUUID().toString();
                projectOf.put(id, project);
                int status;
                try {
                  Answer answer =
                      http.post(
                          "manager",
                          "secret",
                          project + "/decisions",
                          "{\"decisionId\":\"%s\",\"title\":\"Go\",\"rationale\":\"Because\"}"
                              .formatted(id));
                  status = answer.status();
                  if ("unknown".equals(answer.header("X-Ledger-Outcome"))) {
                    unknown.add(id);
                  }
                } catch (RuntimeException noAnswer) {
                  status = 0;
                }
                answered.put(id, status);
              }
              return null;
            });
      }
      Thread.sleep(2_000);
      assertThat(answered.values()).contains(201);

      postgres.close();
      Thread.sleep(1_000);
      int beforeOutage = answered.size();
      Thread.sleep(6_000);
      Answer health = http.get(null, null, "/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
      List<Integer> duringOutage =
          answered.entrySet().stream()
              .skip(0)
              .map(Map.Entry::getValue)
              .filter(status -> status != 201)
              .toList();
      assertThat(answered.size()).isGreaterThan(beforeOutage);
      assertThat(duringOutage).isNotEmpty().allMatch(status -> status == 503);

      postgres = start(data, port);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < deadline
          && http.get(null, null, "/actuator/health").status() != 200) {
        Thread.sleep(250);
      }
      Thread.sleep(2_000);
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      assertThat(http.get(null, null, "/actuator/health").status()).isEqualTo(200);

      long acknowledged = answered.values().stream().filter(status -> status == 201).count();
      long refused = answered.values().stream().filter(status -> status == 503).count();
      long other = answered.size() - acknowledged - refused;
      System.out.printf(
          "outage: %d writes sent, %d acknowledged, %d answered 503, %d other%n",
          answered.size(), acknowledged, refused, other);
      assertThat(other).isZero();

      // Every acknowledged decision is in the store once; no refused one is there at all.
      Map<String, Integer> stored = new ConcurrentHashMap<>();
      try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE payloadtype LIKE '%DecisionRecorded'");
        while (rows.next()) {
          String payload = rows.getString(1);
          String id = payload.replaceAll(".*\"decisionId\":\"([0-9a-f-]{36})\".*", "$1");
          stored.merge(id, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> write : answered.entrySet()) {
        if (write.getValue() == 201) {
          assertThat(stored.get(write.getKey())).as("acknowledged " + write.getKey()).isEqualTo(1);
        } else if (!unknown.contains(write.getKey())) {
          assertThat(stored).as("refused " + write.getKey()).doesNotContainKey(write.getKey());
        }
      }
      System.out.printf("outage: %d answered 503 with the outcome unknown%n", unknown.size());
      assertThat(stored.values()).allMatch(count -> count == 1);

      // The service took writes again and its read models caught up, without a restart.
      for (String project : projects) {
        Answer last =
            http.post(
                "manager",
                "secret",
                project + "/decisions",
                "{\"title\":\"After the outage\",\"rationale\":\"Back\"}");
        assertThat(last.status()).isEqualTo(201);
        long version = last.json().get("version").asLong();
        Answer read = http.get("auditor", "secret", project + "/audit?minVersion=" + version);
        long caughtUpDeadline = System.nanoTime() + 90_000_000_000L;
        while (Long.parseLong(read.header("X-Projection-Version")) < version
            && System.nanoTime() < caughtUpDeadline) {
          Thread.sleep(500);
          read = http.get("auditor", "secret", project + "/audit?minVersion=" + version);
        }
        assertThat(read.header("X-Projection-Version")).isEqualTo(String.valueOf(version));
      }
    } finally {
      clients.shutdownNow();
      if (service != null) {
        service.close();
      }
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static ConfigurableApplicationContext startService(String url) {
    List<String> properties = new ArrayList<>(List.of(TestUsers.PROPERTIES));
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.datasource.username=postgres");
    properties.add("spring.datasource.password=");
    properties.add("server.port=0");
    properties.add("spring.profiles.active=postgres");
    properties.add("ledger.security.write-burst=100000");
    properties.add("ledger.security.writes-per-second=100000");
    return new SpringApplicationBuilder(LedgerApplication.class)
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }
}

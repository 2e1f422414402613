package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;

/**
 * SIGKILL under load, on PostgreSQL: 8 clients send mixed commands (costs, decisions, risks, each
 * with its own id and an Idempotency-Key) to four projects; the service is killed in the middle and
 * started again. Every command answered 2xx has its event exactly once, none answered 4xx has any,
 * every client that got no answer retries with its key and gets an answer consistent with the
 * store, and the read models after catch-up equal a full replay.
 */
class CrashUnderLoadIT {

  private static final int CLIENTS = 8;
  private static final int PER_CLIENT = 375;
  private static final Pattern ID =
      Pattern.compile("\"(?:costId|decisionId|riskId)\":\"([0-9a-f-]{36})\"");
  private static final List<String> READ_MODELS =
      List.of(
          "portfolio_project",
          "project_item",
          "project_cost",
          "project_budget_line",
          "project_risk",
          "audit_entry");

  /** One command as a client sent it: where, what, its key, and how it was answered. */
  record Sent(String path, String body, String key, String id, int status) {}

  @Test
  void everyAcknowledgedCommandIsStoredOnceAfterAKillNineUnderLoad() throws Exception {
    String url = TestPostgres.server().createDatabase();
    int port = ServiceProcesses.freePort();
    LedgerHttp http = new LedgerHttp(port);
    try (ServiceProcesses processes = new ServiceProcesses()) {
      Process first =
          processes.start("crash-under-load-first", ServiceProcesses.onPostgres(url, port));
      ServiceProcesses.awaitHealthy(http, first);

      List<String[]> projects = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        ProjectScript script = ProjectScript.charter(http, "PRJ-CRASH-" + p);
        String line = script.budgetLine("LABOUR", "100000000");
        String work = script.workPackage("Run", "2026-02-01", "2026-11-30", "1000");
        projects.add(new String[] {script.project, line, work});
      }

      // Each client sends its commands one after another; one that gets no answer (the service
      // is gone) retries the same body with the same key until the service answers again.
      List<Sent> sent = new CopyOnWriteArrayList<>();
      AtomicInteger acknowledged = new AtomicInteger();
      AtomicInteger unanswered = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String[] project = projects.get(c % projects.size());
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < PER_CLIENT; i++) {
                    String id = UUID.randomUUID().toString();
                    // Every tenth command is refused by a rule (a cost in another currency).
                    String[] command = command(project, id, i % 10 == 9 ? 3 : (client + i) % 3);
                    String key = "crash-" + id;
                    int status = send(http, command[0], command[1], key);
                    if (status == 0) {
                      unanswered.incrementAndGet();
                      long deadline = System.nanoTime() + 180_000_000_000L;
                      while (status == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                        status = send(http, command[0], command[1], key);
                      }
                    }
                    if (status == 201) {
                      acknowledged.incrementAndGet();
                    }
                    sent.add(new Sent(command[0], command[1], key, id, status));
                  }
                  return null;
                }));
      }
      while (acknowledged.get() < CLIENTS * PER_CLIENT / 3) {
        Thread.sleep(20);
      }
      first.destroyForcibly().waitFor();
      int beforeKill = acknowledged.get();
      Process second =
          processes.start("crash-under-load-second", ServiceProcesses.onPostgres(url, port));
      ServiceProcesses.awaitHealthy(http, second);
      for (Future<?> client : clients) {
        client.get();
      }
      pool.shutdown();
      int retried = unanswered.get();
      Map<String, Sent> answers = new LinkedHashMap<>();
      for (Sent command : sent) {
        assertThat(command.status()).as("every command got an answer in the end").isNotZero();
        answers.put(command.id(), command);
      }

      Map<String, Integer> stored = storedIds(url);
      int ok = 0;
      int refused = 0;
      for (Sent answer : answers.values()) {
        if (answer.status() == 201) {
          ok++;
          assertThat(stored.get(answer.id())).as("acknowledged " + answer.id()).isEqualTo(1);
        } else {
          refused++;
          assertThat(answer.status()).isBetween(400, 499);
          assertThat(stored).as("refused " + answer.id()).doesNotContainKey(answer.id());
        }
      }
      assertThat(stored.values()).allMatch(count -> count == 1);
      assertThat(refused).isGreaterThan(0);
      System.out.printf(
          "crash under load: %d commands sent by %d clients, %d acknowledged before the kill,"
              + " %d got no answer and were retried with their key; %d acknowledged in all,"
              + " %d refused, %d found in the store%n",
          sent.size(), CLIENTS, beforeKill, retried, ok, refused, stored.size());

      // Read models after catch-up equal a full replay.
      ServiceProcesses.awaitCaughtUp(http);
      Map<String, List<Map<String, Object>>> live = snapshot(url);
      for (String projection : List.of("projects", "audit")) {
        assertThat(
                http.post(
                        "admin",
                        "secret",
                        "/api/admin/projections/" + projection + "/replay",
                        "application/json",
                        "")
                    .status())
            .isEqualTo(202);
      }
      ServiceProcesses.awaitCaughtUp(http);
      assertThat(snapshot(url)).isEqualTo(live);
      assertThat(live.get("project_cost").size() + live.get("project_risk").size())
          .isLessThanOrEqualTo(ok);
    }
  }

  /**
   * A cost, a decision, a risk, or a cost in the wrong currency (refused), with the client's id.
   */
  private static String[] command(String[] project, String id, int kind) {
    return switch (kind) {
      case 0 ->
          new String[] {
            project[0] + "/costs",
            "{\"costId\":\"%s\",\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1.25,\"incurredOn\":\"2026-03-01\",\"reference\":\"T\"}"
                .formatted(id, project[1], project[2])
          };
      case 1 ->
          new String[] {
            project[0] + "/decisions",
            "{\"decisionId\":\"%s\",\"title\":\"Go\",\"rationale\":\"Load\"}".formatted(id)
          };
      case 3 ->
          new String[] {
            project[0] + "/costs",
            "{\"costId\":\"%s\",\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1.25,\"currency\":\"USD\",\"incurredOn\":\"2026-03-01\",\"reference\":\"T\"}"
                .formatted(id, project[1], project[2])
          };
      default ->
          new String[] {
            project[0] + "/risks",
            "{\"riskId\":\"%s\",\"title\":\"Risk\",\"probability\":2,\"impact\":3,\"owner\":\"manager\"}"
                .formatted(id)
          };
    };
  }

  /** The status, or 0 when no answer came (the service was killed). */
  private static int send(LedgerHttp http, String path, String body, String key) {
    try {
      Answer answer =
          http.post(
              "manager", "secret", path, "application/json", body, Map.of("Idempotency-Key", key));
      return answer.status();
    } catch (RuntimeException noAnswer) {
      return 0;
    }
  }

  /** How many events in the store carry each client-chosen id. */
  private static Map<String, Integer> storedIds(String url) throws Exception {
    Map<String, Integer> stored = new ConcurrentHashMap<>();
    try (Connection connection = TestPostgres.server().connect(url);
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype"
                        + " LIKE '%CostRecorded' OR payloadtype LIKE '%DecisionRecorded'"
                        + " OR payloadtype LIKE '%RiskLogged'")) {
      while (rows.next()) {
        Matcher id = ID.matcher(rows.getString(1));
        if (id.find()) {
          stored.merge(id.group(1), 1, Integer::sum);
        }
      }
    }
    return stored;
  }

  private static Map<String, List<Map<String, Object>>> snapshot(String url) throws Exception {
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    try (Connection connection = TestPostgres.server().connect(url)) {
      for (String table : READ_MODELS) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result =
            connection
                .createStatement()
                .executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int column = 1; column <= columns; column++) {
              row.put(result.getMetaData().getColumnName(column), result.getObject(column));
            }
            rows.add(row);
          }
        }
        tables.put(table, rows);
      }
    }
    return tables;
  }
}

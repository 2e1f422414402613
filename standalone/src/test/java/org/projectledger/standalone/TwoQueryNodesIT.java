package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;

/**
 * Two nodes on one PostgreSQL share the projections through Axon's token claims: the first node to
 * start claims them and projects every event, whichever node recorded it; it is killed with SIGKILL
 * in the middle of the stream, and once its claims time out the other node takes the projections
 * over from the last committed token. Afterwards every event is in the audit trail once (none
 * missed, none doubled), every project's read model is at its last version, and a full replay gives
 * the same rows.
 */
class TwoQueryNodesIT {

  @Test
  void theSurvivingNodeTakesTheProjectionsOverWithoutMissingOrDoublingAnEvent() throws Exception {
    String url = TestPostgres.server().createDatabase();
    try (ServiceProcesses processes = new ServiceProcesses()) {
      int firstPort = ServiceProcesses.freePort();
      int secondPort = ServiceProcesses.freePort();
      LedgerHttp first = new LedgerHttp(firstPort);
      LedgerHttp second = new LedgerHttp(secondPort);
      Process firstNode =
          processes.start("two-query-nodes-first", ServiceProcesses.onPostgres(url, firstPort));
      ServiceProcesses.awaitHealthy(first, firstNode);
      Process secondNode =
          processes.start("two-query-nodes-second", ServiceProcesses.onPostgres(url, secondPort));
      ServiceProcesses.awaitHealthy(second, secondNode);

      List<String> projects = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        projects.add(ProjectScript.charter(second, "PRJ-NODES-" + p).project);
      }
      // Writes go to the second node; the first, holding the claims, projects them.
      AtomicInteger written = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> writers = new ArrayList<>();
      for (String project : projects) {
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 150; i++) {
                    int status =
                        second
                            .post(
                                "manager",
                                "secret",
                                project + "/decisions",
                                "{\"decisionId\":\"%s\",\"title\":\"D%d\",\"rationale\":\"R\"}"
                                    .formatted(UUID.randomUUID(), i))
                            .status();
                    assertThat(status).isEqualTo(201);
                    written.incrementAndGet();
                  }
                  return null;
                }));
      }
      while (written.get() < 200) {
        Thread.sleep(20);
      }
      long projectedBeforeKill = count(url, "SELECT COUNT(*) FROM audit_entry");
      String ownerBefore = owners(url);
      assertThat(ownerBefore).as("one node holds every claim").doesNotContain(",");
      firstNode.destroyForcibly().waitFor();
      for (Future<?> writer : writers) {
        writer.get();
      }
      pool.shutdown();

      // The second node claims the projections once the dead node's claims time out (10 s).
      ServiceProcesses.awaitCaughtUp(second);
      String ownerAfter = owners(url);
      assertThat(ownerAfter).doesNotContain(",").isNotEqualTo(ownerBefore);
      long events = count(url, "SELECT COUNT(*) FROM domainevententry");
      long audited = count(url, "SELECT COUNT(*) FROM audit_entry");
      long distinct = count(url, "SELECT COUNT(DISTINCT event_id) FROM audit_entry");
      long missing =
          count(
              url,
              "SELECT COUNT(*) FROM domainevententry e WHERE NOT EXISTS"
                  + " (SELECT 1 FROM audit_entry a WHERE a.global_position = e.globalindex)");
      long chained = count(url, "SELECT COUNT(*) FROM ledger_chain");
      System.out.printf(
          "two query nodes: %d decisions written, %d events in the store, %d projected before the"
              + " kill, then %d audit entries (%d distinct), %d missing, %d chained%n",
          written.get(), events, projectedBeforeKill, audited, distinct, missing, chained);
      assertThat(projectedBeforeKill).isLessThan(events);
      assertThat(audited).isEqualTo(events);
      assertThat(distinct).isEqualTo(events);
      assertThat(missing).isZero();
      assertThat(chained).isEqualTo(events);
      for (String project : projects) {
        JsonNode page = second.get("viewer", "secret", project).json();
        assertThat(page.get("version").asLong()).isEqualTo(150);
      }
      String before = rows(url);
      assertThat(
              second
                  .post(
                      "admin",
                      "secret",
                      "/api/admin/projections/audit/replay",
                      "application/json",
                      "")
                  .status())
          .isEqualTo(202);
      ServiceProcesses.awaitCaughtUp(second);
      assertThat(rows(url)).isEqualTo(before);
    }
  }

  /** The nodes that hold the projections' token claims, comma-separated. */
  private static String owners(String url) throws Exception {
    List<String> owners = new ArrayList<>();
    try (Connection connection = TestPostgres.server().connect(url);
        ResultSet result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT DISTINCT owner FROM tokenentry WHERE owner IS NOT NULL ORDER BY 1")) {
      while (result.next()) {
        owners.add(result.getString(1));
      }
    }
    return String.join(",", owners);
  }

  private static long count(String url, String sql) throws Exception {
    try (Connection connection = TestPostgres.server().connect(url);
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String rows(String url) throws Exception {
    StringBuilder rows = new StringBuilder();
    try (Connection connection = TestPostgres.server().connect(url);
        ResultSet result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT global_position, project_id, sequence, event_id, type, summary"
                        + " FROM audit_entry ORDER BY global_position")) {
      while (result.next()) {
        for (int column = 1; column <= 6; column++) {
          rows.append(result.getString(column)).append('|');
        }
        rows.append('\n');
      }
    }
    return rows.toString();
  }
}

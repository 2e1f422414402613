package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart in the middle of a delivery sends nothing twice: the service is stopped while a webhook
 * waits for its second try, started again on the same PostgreSQL database, delivers once, and after
 * one more restart sends nothing more.
 */
class WebhookAcrossRestartsTest {

  @Test
  void aRestartBetweenTriesAndAfterDeliverySendsNothingTwice() throws Exception {
    String url = TestPostgres.server().createDatabase();
    AtomicBoolean failing = new AtomicBoolean(true);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.script("/ops", request -> failing.get() ? 503 : 200);

      ConfigurableApplicationContext first = start(url);
      ProjectScript script = ProjectScript.charter(http(first), "PRJ-RESTART-1");
      String ops = script.stakeholder("Operations", "ops@example.org", "Ops lead", "\"STATUS\"");
      script.communicationPlan(ops, "WEBHOOK", receiver.url("/ops"), "ON_EVENT");
      assertThat(
              script
                  .post(
                      "manager",
                      "/status-reports",
                      "{\"rag\":\"AMBER\",\"summary\":\"Vendor slipping\",\"statusDate\":\"2026-03-31\"}")
                  .status())
          .isEqualTo(201);
      // The first try fails and is written down; the second is due 3 s later.
      awaitOutbox(url, "PENDING", 1);
      first.close();

      failing.set(false);
      ConfigurableApplicationContext second = start(url);
      script = script.on(http(second));
      JsonNode proof =
          script.awaitRead("/communications", page -> page.get("communications").size() == 1);
      JsonNode sent = proof.get("communications").get(0);
      assertThat(sent.get("outcome").asText()).isEqualTo("DELIVERED");
      assertThat(sent.get("attempts").findValuesAsText("outcome"))
          .containsExactly("HTTP 503", "HTTP 200");
      second.close();

      ConfigurableApplicationContext third = start(url);
      Thread.sleep(2_000);
      script = script.on(http(third));
      assertThat(
              script
                  .awaitRead("/audit?type=StakeholderNotified", page -> true)
                  .get("entries")
                  .size())
          .isEqualTo(1);
      third.close();

      assertThat(receiver.on("/ops")).hasSize(2);
      assertThat(receiver.on("/ops").stream().filter(request -> request.answered() == 200))
          .hasSize(1);
      assertThat(receiver.on("/ops").get(1).notification())
          .isEqualTo(receiver.on("/ops").get(0).notification());
      awaitOutbox(url, "DELIVERED", 2);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    List<String> properties = new ArrayList<>(List.of(TestUsers.PROPERTIES));
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.datasource.username=" + TestPostgres.server().user());
    properties.add("spring.datasource.password=" + TestPostgres.server().password());
    properties.add("server.port=0");
    properties.add("spring.profiles.active=postgres");
    properties.add("ledger.communications.poll-interval=PT0.1S");
    properties.add("ledger.communications.initial-backoff=PT3S");
    properties.add("ledger.communications.webhook-secret=restart-secret");
    // The test's receiver listens on this machine: an internal address the operator allows.
    properties.add("ledger.communications.webhook-allowed-hosts=127.0.0.1");
    return new SpringApplicationBuilder(LedgerApplication.class)
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  private static LedgerHttp http(ConfigurableApplicationContext context) {
    return new LedgerHttp(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  /** Waits until the one outbox row has this status and number of tries. */
  private static void awaitOutbox(String url, String status, int tries) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    String last = null;
    try (Connection connection = TestPostgres.server().connect(url)) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT status, attempt_count FROM notification_outbox")) {
          if (rows.next()) {
            last = rows.getString(1) + "/" + rows.getInt(2);
            if (last.equals(status + "/" + tries) && !rows.next()) {
              return;
            }
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("Outbox never reached " + status + "/" + tries + "; last " + last);
  }
}

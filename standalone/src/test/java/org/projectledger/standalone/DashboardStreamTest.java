package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A client subscribed to a dashboard's stream receives the new figures after a write. */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class DashboardStreamTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aSubscriberReceivesTheNewActualCostAfterACostIsRecorded() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    Answer chartered =
        http.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"PRJ-SSE-1","name":"Live","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":10,"costPercent":5}}
            """);
    String project = "/api/projects/" + chartered.json().get("projectId").asText();
    String line =
        http.post(
                "manager",
                "secret",
                project + "/budget-lines",
                "{\"category\":\"LABOUR\",\"amount\":5000}")
            .json()
            .get("id")
            .asText();
    Answer planned =
        http.post(
            "manager",
            "secret",
            project + "/work-packages",
            "{\"name\":\"Work\",\"plannedStart\":\"2026-02-01\",\"plannedFinish\":\"2026-02-28\",\"plannedCost\":4000}");
    String work = planned.json().get("id").asText();
    http.get("viewer", "secret", project + "?minVersion=" + planned.json().get("version").asLong());

    BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + project
                                + "/dashboard/stream?statusDate=2026-12-31"))
                    .header("Accept", "text/event-stream")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("viewer:secret".getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader =
        new Thread(
            () ->
                stream
                    .body()
                    .filter(data -> data.startsWith("data:"))
                    .forEach(
                        data -> {
                          try {
                            received.add(JSON.readTree(data.substring("data:".length())));
                          } catch (Exception unreadable) {
                            throw new IllegalStateException(unreadable);
                          }
                        }),
            "sse-reader");
    reader.setDaemon(true);
    reader.start();

    JsonNode first = received.poll(10, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("0");

    http.post(
        "manager",
        "secret",
        project + "/costs",
        "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":1234.5,\"incurredOn\":\"2026-02-03\",\"reference\":\"INV-9\"}"
            .formatted(line, work));

    JsonNode update = received.poll(10, TimeUnit.SECONDS);
    while (update != null && update.at("/earnedValue/ac").decimalValue().signum() == 0) {
      update = received.poll(10, TimeUnit.SECONDS);
    }
    assertThat(update).as("an update after the write").isNotNull();
    assertThat(update.at("/earnedValue/ac").decimalValue()).isEqualByComparingTo("1234.50");
    assertThat(update.at("/budgetByLine/0/actual").decimalValue()).isEqualByComparingTo("1234.50");
    stream.body().close();
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Security review, finding 7: reads and live streams have a limit per user (here set low to reach
 * it): beyond the reads a user may make at once, 429 with Retry-After; beyond the streams one user
 * may hold open, 429 until one closes.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class ReadLimitsTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    registry.add("ledger.security.read-burst", () -> "5");
    registry.add("ledger.security.reads-per-second", () -> "1");
    registry.add("ledger.security.streams-per-user", () -> "1");
  }

  @LocalServerPort int port;

  @Test
  void aUserBeyondTheirReadsWaits() {
    LedgerHttp http = new LedgerHttp(port);
    int answered = 0;
    LedgerHttp.Answer last = null;
    for (int i = 0; i < 8; i++) {
      last = http.get("viewer", "secret", "/api/projects");
      if (last.status() == 200) {
        answered++;
      }
    }
    assertThat(answered).isBetween(5, 7);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.json().get("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(last.header("Retry-After")).isNotBlank();
    // Another user reads as ever.
    assertThat(http.get("pmo", "secret", "/api/projects").status()).isEqualTo(200);
  }

  @Test
  void aUserHoldsNoMoreLiveStreamsThanAllowed() throws Exception {
    ProjectScript project = ProjectScript.charter(new LedgerHttp(port), "PRJ-STREAMS");
    // The stream opens on the project's read model: wait until the charter is in it.
    project.awaitRead("", read -> true);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest stream =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + project.project + "/dashboard/stream"))
            .header("Authorization", basic("auditor"))
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<InputStream> first =
        client.send(stream, HttpResponse.BodyHandlers.ofInputStream());
    try {
      assertThat(first.statusCode()).isEqualTo(200);
      HttpResponse<String> second = client.send(stream, HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).isEqualTo(429);
      assertThat(second.body()).contains("Too many live streams");
    } finally {
      first.body().close();
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
  }
}

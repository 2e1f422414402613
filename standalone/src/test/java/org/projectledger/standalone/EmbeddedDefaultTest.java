package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default as a newcomer starts it: H2 in file mode under {@code ledger.data-dir}, the
 * demo users, both sides in one process.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class EmbeddedDefaultTest {

  private static Path dataDir;

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
    dataDir = Files.createTempDirectory("ledger-data");
    registry.add("ledger.data-dir", dataDir::toString);
  }

  @LocalServerPort int port;

  @Test
  void theDemoPmoChartersAProjectThatIsKeptInTheDataDirectory() {
    LedgerHttp http = new LedgerHttp(port);
    String code = "PRJ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    Answer written =
        http.post(
            "pmo",
            "demo",
            "/api/projects",
            CharterSliceOnPostgresTest.charter(code, "2026-03-01", "2026-12-31"));
    assertThat(written.status()).isEqualTo(201);

    Answer read =
        http.get(
            "viewer",
            "demo",
            "/api/projects/" + written.json().get("projectId").asText() + "?minVersion=0");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("code").asText()).isEqualTo(code);
    assertThat(dataDir.resolve("ledger.mv.db")).exists();
  }

  @Test
  void healthSaysUpToAnyoneAndShowsTheDatabaseAndTheEventProcessorsToAnAdmin() {
    Answer anonymous = new LedgerHttp(port).get(null, null, "/actuator/health");
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");
    assertThat(anonymous.json().has("components")).isFalse();

    Answer health = new LedgerHttp(port).get("admin", "demo", "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/db/details/database").asText()).isEqualTo("H2");
    assertThat(
            health
                .json()
                .at("/components/eventProcessors/details/processors/projects/running")
                .asBoolean())
        .isTrue();
  }

  @Test
  void theOpenApiDocumentDescribesTheCharterAndThePortfolio() {
    Answer docs = new LedgerHttp(port).get(null, null, "/v3/api-docs");

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/projects")).isTrue();
    assertThat(docs.json().at("/paths/~1api~1projects/post").isMissingNode()).isFalse();
    assertThat(docs.json().at("/paths/~1api~1projects~1{projectId}/get").isMissingNode()).isFalse();
  }
}

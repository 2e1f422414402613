package org.projectledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The command side as its own service on PostgreSQL: it records, and it owns no read model. */
@SpringBootTest(
    classes = CommandSideApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class CommandSideAloneTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCharterIsAppendedToTheEventStoreWithItsCodeClaimed() {
    UUID projectId = UUID.randomUUID();
    Answer answer =
        new LedgerHttp(port)
            .post(
                "pmo",
                TestUsers.PASSWORD,
                "/api/projects",
                """
                {"projectId":"%s","code":"PRJ-CMD-1","name":"Warehouse","sponsor":"sponsor",
                 "manager":"manager","currency":"CHF","plannedStart":"2026-01-05",
                 "plannedFinish":"2026-06-30","tolerances":{"scheduleDays":0,"costPercent":0}}
                """
                    .formatted(projectId));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().get("projectId").asText()).isEqualTo(projectId.toString());
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Integer.class,
                projectId.toString()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT project_id FROM project_code WHERE code = 'PRJ-CMD-1'", UUID.class))
        .isEqualTo(projectId);
  }

  @Test
  void aRepeatedProjectIdIsRefusedAsADuplicate() {
    UUID projectId = UUID.randomUUID();
    String body =
        """
        {"projectId":"%s","code":"%s","name":"Warehouse","sponsor":"sponsor",
         "manager":"manager","currency":"CHF","plannedStart":"2026-01-05",
         "plannedFinish":"2026-06-30","tolerances":{"scheduleDays":0,"costPercent":0}}
        """;
    LedgerHttp http = new LedgerHttp(port);
    assertThat(
            http.post("pmo", "secret", "/api/projects", body.formatted(projectId, "PRJ-ID-1"))
                .status())
        .isEqualTo(201);

    Answer again =
        http.post("pmo", "secret", "/api/projects", body.formatted(projectId, "PRJ-ID-2"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("DUPLICATE_ID");
  }

  @Test
  void itHasNoReadModelTablesAndServesNoReads() {
    Integer readModels =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'portfolio_project'",
            Integer.class);
    assertThat(readModels).isZero();

    Answer read = new LedgerHttp(port).get("pmo", "secret", "/api/projects");
    assertThat(read.status()).isEqualTo(405);
    assertThat(read.json().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
  }
}

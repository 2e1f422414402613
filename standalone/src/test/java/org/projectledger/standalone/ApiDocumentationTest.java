package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service documents every write of API.md, with an example body and every problem it may
 * answer.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class ApiDocumentationTest {

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
    Path dataDir = Files.createTempDirectory("ledger-docs");
    registry.add("ledger.data-dir", dataDir::toString);
    registry.add("ledger.demo-data", () -> "false");
  }

  @LocalServerPort int port;

  @Test
  void everyWriteOfTheContractIsDocumentedWithAnExampleAndItsProblems() {
    JsonNode paths = new LedgerHttp(port).get(null, null, "/v3/api-docs").json().get("paths");
    Map<String, String> writes =
        Map.ofEntries(
            Map.entry("/api/projects", "post"),
            Map.entry("/api/projects/{projectId}/stakeholders", "post"),
            Map.entry("/api/projects/{projectId}/stakeholders/{stakeholderId}/interests", "put"),
            Map.entry(
                "/api/projects/{projectId}/stakeholders/{stakeholderId}/personal-data", "delete"),
            Map.entry("/api/projects/{projectId}/work-packages", "post"),
            Map.entry("/api/projects/{projectId}/work-packages/{workPackageId}/reschedule", "post"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/planned-cost", "post"),
            Map.entry("/api/projects/{projectId}/work-packages/{workPackageId}/progress", "post"),
            Map.entry("/api/projects/{projectId}/milestones", "post"),
            Map.entry("/api/projects/{projectId}/summaries", "post"),
            Map.entry("/api/projects/{projectId}/calendar", "put"),
            Map.entry("/api/projects/{projectId}/milestones/{milestoneId}/reschedule", "post"),
            Map.entry("/api/projects/{projectId}/budget-lines", "post"),
            Map.entry("/api/projects/{projectId}/budget-reallocations", "post"),
            Map.entry("/api/projects/{projectId}/costs", "post"),
            Map.entry("/api/projects/{projectId}/baselines", "post"),
            Map.entry("/api/projects/{projectId}/change-requests", "post"),
            Map.entry(
                "/api/projects/{projectId}/change-requests/{changeRequestId}/approval", "post"),
            Map.entry(
                "/api/projects/{projectId}/change-requests/{changeRequestId}/rejection", "post"),
            Map.entry(
                "/api/projects/{projectId}/change-requests/{changeRequestId}/withdrawal", "post"),
            Map.entry("/api/projects/{projectId}/risks", "post"),
            Map.entry("/api/projects/{projectId}/risks/{riskId}/reassessment", "post"),
            Map.entry("/api/projects/{projectId}/risks/{riskId}/closure", "post"),
            Map.entry("/api/projects/{projectId}/decisions", "post"),
            Map.entry("/api/projects/{projectId}/status-reports", "post"),
            Map.entry("/api/projects/{projectId}/closure", "post"),
            Map.entry("/api/projects/{projectId}/issues", "post"),
            Map.entry("/api/projects/{projectId}/issues/{issueId}/resolution", "post"),
            Map.entry("/api/projects/{projectId}/issues/{issueId}/closure", "post"),
            Map.entry("/api/projects/{projectId}/work-packages/{workPackageId}/owner", "put"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/acceptance-criteria",
                "put"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/deliverable/submission",
                "post"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/deliverable/acceptance",
                "post"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/deliverable/rejection",
                "post"),
            Map.entry(
                "/api/projects/{projectId}/work-packages/{workPackageId}/deliverable/waiver",
                "post"),
            Map.entry("/api/projects/{projectId}/risks/{riskId}/response", "post"),
            Map.entry("/api/projects/{projectId}/lessons", "post"));

    List<String> gaps = new ArrayList<>();
    writes.forEach(
        (path, method) -> {
          JsonNode operation = paths.path(path).path(method);
          if (operation.isMissingNode()) {
            gaps.add(method + " " + path + " is not mapped");
            return;
          }
          if (operation.at("/requestBody/content/application~1json/example").isMissingNode()) {
            gaps.add(method + " " + path + " has no example body");
          }
          for (String status :
              List.of("400", "401", "403", "404", "409", "412", "413", "415", "422", "503")) {
            if (!operation.path("responses").has(status)) {
              gaps.add(method + " " + path + " does not document " + status);
            }
          }
          List<String> headers = operation.path("parameters").findValuesAsText("name");
          if (!headers.containsAll(List.of("If-Match", "Idempotency-Key"))) {
            gaps.add(method + " " + path + " does not document If-Match and Idempotency-Key");
          }
        });
    assertThat(gaps).isEmpty();
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.MappedEndpoints.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every endpoint the service maps — taken from Spring's handler mappings, so that a new endpoint
 * without a rule here fails this test — called by every role and part: anonymous, the PMO, the
 * project's manager, another manager, the project's sponsor, another sponsor, an auditor, a viewer
 * and an admin. Each call is expected to be refused (401 or 403) or let through (anything else:
 * 2xx, or a 400/404/409 past the gate).
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Metrics are exported as in production, so that the scraper's part can be tried.
@AutoConfigureObservability
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class AuthorizationMatrixTest {

  private static final List<String> USERS =
      List.of(
          "anonymous",
          "pmo",
          "manager",
          "mallory",
          "sponsor",
          "sybil",
          "auditor",
          "viewer",
          "admin",
          "metrics");

  /** Every reader of projects: not ADMIN (operations read no project data), not METRICS. */
  private static final Set<String> ALL =
      Set.of("pmo", "manager", "mallory", "sponsor", "sybil", "auditor", "viewer");

  /** A project's records: the PMO, auditors, and its own manager and sponsor only. */
  private static final Set<String> RECORDS = Set.of("pmo", "manager", "sponsor", "auditor");

  /** The chain's digest and verification: every signed-in role but VIEWER. */
  private static final Set<String> CHAIN =
      Set.of("pmo", "manager", "mallory", "sponsor", "sybil", "auditor", "admin");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    registry.add("ledger.users.mallory.password", () -> "{noop}secret");
    registry.add("ledger.users.mallory.roles", () -> "MANAGER");
    registry.add("ledger.users.sybil.password", () -> "{noop}secret");
    registry.add("ledger.users.sybil.roles", () -> "SPONSOR");
    registry.add("ledger.security.write-burst", () -> "10000");
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyMappedEndpointLetsThroughExactlyTheRolesAndPartsItShould() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    String project =
        http.post(
                "pmo",
                "secret",
                "/api/projects",
                """
                {"code":"PRJ-AUTH-1","name":"Matrix","sponsor":"sponsor","manager":"manager","currency":"EUR",
                 "plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
                 "tolerances":{"scheduleDays":10,"costPercent":5}}
                """)
            .json()
            .get("projectId")
            .asText();
    String stakeholder =
        http.post(
                "pmo",
                "secret",
                "/api/projects/" + project + "/stakeholders",
                "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"role\":\"CFO\",\"interests\":[\"BUDGET\"]}")
            .json()
            .get("id")
            .asText();
    http.get("auditor", "secret", "/api/projects/" + project + "/audit?minVersion=1");
    http.get("viewer", "secret", "/api/projects/" + project + "?minVersion=1");

    List<Endpoint> endpoints = MappedEndpoints.of(context);
    assertThat(endpoints).hasSizeGreaterThan(30);
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Set<String> allowed = allowed(endpoint);
      if (allowed == null) {
        wrong.add("no rule for " + endpoint.method() + " " + endpoint.pattern());
        continue;
      }
      String path =
          endpoint
                  .pattern()
                  .replace("{projectId}", project)
                  .replace("{stakeholderId}", stakeholder)
                  .replace("{name}", "audit")
                  .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
              + (endpoint.pattern().endsWith("/provenance") ? "?figure=AC" : "");
      for (String user : USERS) {
        int status = call(endpoint, path, user);
        boolean through = status != 401 && status != 403;
        boolean publicEndpoint = allowed.contains("anonymous");
        boolean expected = publicEndpoint || allowed.contains(user);
        if (through != expected) {
          wrong.add(
              "%s %s as %s: %d, expected %s"
                  .formatted(
                      endpoint.method(),
                      endpoint.pattern(),
                      user,
                      status,
                      expected ? "through" : user.equals("anonymous") ? "401" : "403"));
        } else if (!through && user.equals("anonymous") != (status == 401)) {
          wrong.add(
              "%s %s as %s: %d".formatted(endpoint.method(), endpoint.pattern(), user, status));
        } else if (through
            && endpoint.method() == RequestMethod.GET
            && !endpoint.pattern().contains("{workPackageId}")
            && status >= 300
            && !endpoint.pattern().startsWith("/swagger")) {
          wrong.add(
              "%s %s as %s: %d, a read of an existing project should answer 2xx"
                  .formatted(endpoint.method(), endpoint.pattern(), user, status));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Security review, finding 3: Prometheus scrapes with a role of its own, good for nothing else.
   */
  @Test
  void theMetricsScraperReadsTheMetricsAndNothingElse() {
    LedgerHttp http = new LedgerHttp(port);
    assertThat(http.get("metrics", "secret", "/actuator/prometheus").status()).isEqualTo(200);
    for (String path :
        List.of(
            "/api/projects",
            "/api/audit",
            "/api/ledger/digest",
            "/api/admin/projections",
            "/actuator/metrics",
            "/actuator/info")) {
      assertThat(http.get("metrics", "secret", path).status()).as(path).isEqualTo(403);
    }
    assertThat(
            http.post("metrics", "secret", "/api/projects", "{\"code\":\"PRJ-METRICS\"}").status())
        .isEqualTo(403);
  }

  /** The policy, stated independently of the code: who gets through to each endpoint. */
  private static Set<String> allowed(Endpoint endpoint) {
    String p = endpoint.pattern();
    if (p.startsWith("/v3/api-docs")
        || p.startsWith("/swagger-ui")
        || p.startsWith("/actuator/health")
        // The sign-in page's choices (passwords, identity providers), asked before signing in.
        || p.equals("/api/session/providers")) {
      return Set.of("anonymous");
    }
    if (p.startsWith("/actuator/prometheus")) {
      return Set.of("admin", "metrics");
    }
    if (p.startsWith("/actuator") || p.startsWith("/api/admin")) {
      return Set.of("admin");
    }
    if (p.equals("/api/session")) {
      // Signing in once: every signed-in user gets a token for their own roles.
      Set<String> everyone = new java.util.HashSet<>(ALL);
      everyone.addAll(Set.of("admin", "metrics"));
      return everyone;
    }
    if (endpoint.method() == RequestMethod.GET) {
      if (p.equals("/api/audit") || p.equals("/api/ledger/export")) {
        return Set.of("pmo", "auditor");
      }
      if (p.endsWith("/audit")
          || p.endsWith("/timeline")
          || p.endsWith("/provenance")
          || p.endsWith("/communications")
          || p.endsWith("/audit.csv")) {
        return RECORDS;
      }
      if (p.startsWith("/api/ledger/")) {
        return CHAIN;
      }
      if (p.startsWith("/api/")) {
        return ALL;
      }
      return null;
    }
    if (p.endsWith("/issues") || p.endsWith("/lessons")) {
      // Anyone on the project: the PMO, its manager, its sponsor (and its work package owners).
      return Set.of("pmo", "manager", "sponsor");
    }
    if (p.endsWith("/deliverable/acceptance") || p.endsWith("/deliverable/rejection")) {
      // A deliverable's acceptor is a SPONSOR or PMO user the manager names, of any project.
      return Set.of("pmo", "sponsor", "sybil");
    }
    if (p.endsWith("/deliverable/waiver")) {
      return Set.of("sponsor");
    }
    if (p.equals("/api/projects")
        || p.endsWith("/stakeholders")
        || p.endsWith("/closure") && !p.contains("/risks/") && !p.contains("/issues/")) {
      return Set.of("pmo");
    }
    if (p.endsWith("/personal-data")) {
      return Set.of("pmo");
    }
    if (p.endsWith("/interests")) {
      return Set.of("pmo", "manager");
    }
    if (p.endsWith("/role-reassignments")) {
      return Set.of("pmo");
    }
    if (p.endsWith("/charter-amendments")
        || p.endsWith("/baselines")
        || p.endsWith("/approval")
        || p.endsWith("/rejection")
        || p.endsWith("/handover")) {
      return Set.of("sponsor");
    }
    if (p.startsWith("/api/projects/{projectId}/")) {
      return Set.of("manager");
    }
    return null;
  }

  private int call(Endpoint endpoint, String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (!user.equals("anonymous")) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
    }
    if (endpoint.method() == RequestMethod.GET) {
      request.GET();
    } else if (endpoint.pattern().endsWith("/imports")) {
      // An upload: a small CSV plan, so that the rules (not the media type) decide.
      String boundary = "matrix-boundary";
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  ("--%1$s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                          + "Content-Type: text/csv\r\n\r\n"
                          + "id,name,start,finish,cost\r\nX1,Survey,2026-02-02,2026-02-06,0\r\n"
                          + "\r\n--%1$s--\r\n")
                      .formatted(boundary)));
    } else {
      request
          .header("Content-Type", "application/json")
          .method(
              endpoint.method().name(),
              HttpRequest.BodyPublishers.ofString(
                  MappedEndpoints.example(endpoint.handler())
                      .replace("PRJ-2026-014", "PRJ-AUTH-2")
                      // A real reassignment would take the manager's part from the user the
                      // matrix still needs: give it to its holder, refused (400) once through.
                      .replace("\"to\": \"morgan\"", "\"to\": \"manager\"")));
    }
    HttpResponse<InputStream> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return response.statusCode();
  }
}

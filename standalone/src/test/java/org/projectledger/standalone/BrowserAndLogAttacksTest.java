package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Security review, finding 8 and low findings, attacked over HTTP: a browser never gets the Basic
 * challenge (so it never keeps credentials a cross-site form could ride on) and a cross-site post
 * without credentials appends nothing; a user name with a newline cannot forge a log line; the
 * pages' policy pins {@code base-uri}; a plain-text password refuses the start unless allowed;
 * failed sign-ins are throttled (finding 7).
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class BrowserAndLogAttacksTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aBrowserIsNeverChallengedForBasicCredentialsAScriptIs() throws Exception {
    HttpResponse<String> navigated =
        send(
            "GET",
            "/api/projects",
            Map.of(
                "Accept", "text/html,application/xhtml+xml",
                "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Site", "none"));
    assertThat(navigated.statusCode()).isEqualTo(401);
    assertThat(navigated.headers().firstValue("WWW-Authenticate")).isEmpty();

    HttpResponse<String> script = send("GET", "/api/projects", Map.of("Accept", "*/*"));
    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"Project Ledger\"");
  }

  @Test
  void aCrossSitePostWithoutCredentialsAppendsNothing() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-CSRF-1");
    long before = position();
    Map<String, String> crossSite =
        Map.of(
            "Origin", "https://evil.example",
            "Sec-Fetch-Site", "cross-site",
            "Sec-Fetch-Mode", "navigate",
            "Content-Type", "application/x-www-form-urlencoded");
    for (String path :
        new String[] {
          script.project + "/imports",
          script.project + "/budget-lines",
          "/api/admin/projections/projects/replay"
        }) {
      HttpResponse<String> answer = send("POST", path, crossSite);
      assertThat(answer.statusCode()).as(path).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    assertThat(position()).isEqualTo(before);
  }

  @Test
  void aUserNameWithANewlineCannotForgeALogLine(CapturedOutput output) throws Exception {
    // No colon in it: Basic splits the user name from the password at the first one.
    String forged = "mallory\nFORGED INFO Sign-in succeeded user=admin";
    String credentials =
        Base64.getEncoder().encodeToString((forged + ":x").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        send("GET", "/api/projects", Map.of("Authorization", "Basic " + credentials));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(output.getOut()).contains("user=mallory\\u000aFORGED INFO Sign-in succeeded");
    assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("FORGED"));
  }

  /** Security review, finding 7: passwords cannot be tried at speed. */
  @Test
  void tenFailedSignInsMakeTheNextWaitEvenWithTheRightPassword() {
    LedgerHttp http = new LedgerHttp(port);
    for (int i = 0; i < 10; i++) {
      assertThat(http.get("sam", "guess-" + i, "/api/projects").status()).isEqualTo(401);
    }
    LedgerHttp.Answer right = http.get("sam", "secret", "/api/projects");
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.json().get("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(right.header("Retry-After")).isEqualTo("30");
    // Another user signs in as ever.
    assertThat(http.get("viewer", "secret", "/api/projects").status()).isEqualTo(200);
  }

  /** Security review, finding 10: no data key beside the events in the clear outside the demo. */
  @Test
  void aServiceOnPostgresWithoutAMasterKeyRefusesToStart() {
    assertThatThrownBy(
            () ->
                startOnPostgres(
                    "--ledger.chain.signing-key-file=" + TestUsers.CHAIN_SIGNING_KEY_FILE))
        .hasStackTraceContaining("No master key wraps the personal-data keys");
  }

  /**
   * Security review, finding 11: a head signed by a key that lives in the database would prove
   * nothing against someone who can write to it, so a deployment must bring the key in a file.
   */
  @Test
  void aServiceOnPostgresWithoutAChainSigningKeyRefusesToStart() {
    assertThatThrownBy(
            () ->
                startOnPostgres(
                    "--ledger.privacy.master-keys.test=" + TestUsers.TEST_MASTER_KEY,
                    "--ledger.privacy.master-key-id=test"))
        .hasStackTraceContaining("No key signs the chain's head");
  }

  @Test
  void thePagesPolicyPinsTheirBase() {
    LedgerHttp.Answer page = new LedgerHttp(port).get(null, null, "/index.html");
    assertThat(page.header("Content-Security-Policy")).contains("base-uri 'self'");
  }

  @Test
  void aPlainTextPasswordRefusesTheStartUnlessTheTestsSaySo() {
    assertThatThrownBy(
            () ->
                startOnPostgres(
                    "--ledger.privacy.master-keys.test=" + TestUsers.TEST_MASTER_KEY,
                    "--ledger.privacy.master-key-id=test",
                    "--ledger.chain.signing-key-file=" + TestUsers.CHAIN_SIGNING_KEY_FILE,
                    "--ledger.users.pmo.password={noop}secret",
                    "--ledger.users.pmo.roles=PMO"))
        .hasStackTraceContaining("ledger.users.pmo.password is a {noop} password");
  }

  /** Starts another service on a fresh PostgreSQL database with these arguments, and stops it. */
  private static void startOnPostgres(String... arguments) {
    java.util.List<String> all =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.server().createDatabase(),
                "--spring.datasource.username=" + TestPostgres.server().user(),
                "--spring.datasource.password=" + TestPostgres.server().password()));
    all.addAll(java.util.List.of(arguments));
    new SpringApplicationBuilder(LedgerApplication.class)
        .profiles("postgres")
        .run(all.toArray(String[]::new))
        .close();
  }

  private long position() throws InterruptedException {
    Thread.sleep(300);
    return new LedgerHttp(port)
        .get("auditor", "secret", "/api/ledger/digest")
        .json()
        .get("position")
        .asLong();
  }

  private HttpResponse<String> send(String method, String path, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.ofString("amount=1"));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in paid once (issue "The event pipeline, fast"): a user whose password is stored as bcrypt,
 * as in production, gives it once to {@code POST /api/session} and then presents the token it
 * answers, which costs no password check; HTTP Basic pays the slow check once a minute, never for a
 * wrong password; a token renews itself only within the maximum age of the password; a forged,
 * foreign or expired token signs nobody in; a signed act still needs the password. The slow checks
 * are counted by {@code ledger.password.checks}, not timed.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ledger.security.session-ttl=PT1H", "ledger.security.session-max-age=PT2H"})
@ActiveProfiles("postgres")
@Import(MovableClock.AsTheClock.class)
@DirtiesContext
class SignInOnceTest {

  private static final String PASSWORD = "correct horse battery staple";
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
    registry.add("ledger.users.bea.password", () -> hash);
    registry.add("ledger.users.bea.roles", () -> "PMO");
    registry.add("ledger.users.bea.full-name", () -> "Bea Office");
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry metrics;
  @Autowired MovableClock clock;

  @Test
  void aUserGivesTheirPasswordOnceAndThenATokenThatCostsNoPasswordCheck() throws Exception {
    HttpResponse<String> signedIn = send("POST", "/api/session", basic("bea", PASSWORD), null);
    assertThat(signedIn.statusCode()).isEqualTo(201);
    assertThat(signedIn.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    JsonNode session = JSON.readTree(signedIn.body());
    assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(session.get("user").asText()).isEqualTo("bea");
    assertThat(session.get("roles").toString()).isEqualTo("[\"PMO\"]");
    String token = "Bearer " + session.get("token").asText();

    double before = checks();
    for (int i = 0; i < 20; i++) {
      assertThat(send("GET", "/api/projects", token, null).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> chartered =
        send(
            "POST",
            "/api/projects",
            token,
            CharterSliceOnPostgresTest.charter("PRJ-ONCE-1", "2026-03-01", "2026-12-31"));
    assertThat(chartered.statusCode()).as(chartered.body()).isEqualTo(201);
    assertThat(checks()).as("no password checked for a token").isEqualTo(before);
    String project = "/api/projects/" + JSON.readTree(chartered.body()).get("projectId").asText();
    JsonNode audit =
        JSON.readTree(send("GET", project + "/audit?minVersion=0", token, null).body());
    assertThat(audit.at("/entries/0/actor").asText()).isEqualTo("bea");

    // HTTP Basic: the slow check once, then from the cache; a wrong password every time.
    clock.advance(Duration.ofMinutes(2));
    before = checks();
    for (int i = 0; i < 10; i++) {
      assertThat(send("GET", "/api/projects", basic("bea", PASSWORD), null).statusCode())
          .isEqualTo(200);
    }
    assertThat(checks() - before).isEqualTo(1.0);
    before = checks();
    for (int i = 0; i < 3; i++) {
      assertThat(send("GET", "/api/projects", basic("bea", "wrong"), null).statusCode())
          .isEqualTo(401);
    }
    assertThat(checks() - before).isEqualTo(3.0);
  }

  @Test
  void aTokenRenewsWithinTheMaximumAgeOfThePasswordAndForgedOrForeignOnesSignNobodyIn()
      throws Exception {
    JsonNode first =
        JSON.readTree(send("POST", "/api/session", basic("pmo", TestUsers.PASSWORD), null).body());
    Instant signedInAt = Instant.parse(first.get("signedInAt").asText());
    String token = "Bearer " + first.get("token").asText();

    clock.advance(Duration.ofMinutes(50));
    HttpResponse<String> renewed = send("POST", "/api/session", token, null);
    assertThat(renewed.statusCode()).isEqualTo(201);
    JsonNode second = JSON.readTree(renewed.body());
    assertThat(Instant.parse(second.get("signedInAt").asText())).isEqualTo(signedInAt);
    String secondToken = "Bearer " + second.get("token").asText();

    clock.advance(Duration.ofMinutes(50));
    JsonNode third = JSON.readTree(send("POST", "/api/session", secondToken, null).body());
    assertThat(Instant.parse(third.get("expiresAt").asText()))
        .as("never beyond two hours after the password")
        .isEqualTo(signedInAt.plus(Duration.ofHours(2)));
    String thirdToken = "Bearer " + third.get("token").asText();
    assertThat(send("GET", "/api/projects", thirdToken, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/projects", token, null).statusCode())
        .as("the first token has run out")
        .isEqualTo(401);

    clock.advance(Duration.ofMinutes(25));
    assertThat(send("GET", "/api/projects", thirdToken, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/session", thirdToken, null).statusCode()).isEqualTo(401);

    // Forged: one character of the signature changed; foreign: signed with another key.
    JsonNode fresh =
        JSON.readTree(send("POST", "/api/session", basic("pmo", TestUsers.PASSWORD), null).body());
    String value = fresh.get("token").asText();
    char last = value.charAt(value.length() - 2);
    String forged =
        value.substring(0, value.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + value.substring(value.length() - 1);
    assertThat(send("GET", "/api/projects", "Bearer " + forged, null).statusCode()).isEqualTo(401);
    String[] parts = value.split("\\.");
    String foreign = parts[0] + "." + parts[1] + "." + hmac(parts[0] + "." + parts[1]);
    assertThat(send("GET", "/api/projects", "Bearer " + foreign, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/projects", "Bearer " + value, null).statusCode()).isEqualTo(200);
  }

  /**
   * An answer written after the controller returns (the ledger's export, the dashboard's stream)
   * ends in a second, asynchronous dispatch through the security filters: the token's sign-in must
   * hold there too, or that dispatch is refused after the answer has begun (an error in the log and
   * in the request's metric, seen in the pages' streams).
   */
  @Test
  void anAnswerStreamedAfterTheControllerReturnsKeepsTheTokensSignIn() throws Exception {
    String token =
        "Bearer "
            + JSON.readTree(
                    send("POST", "/api/session", basic("auditor", TestUsers.PASSWORD), null).body())
                .get("token")
                .asText();
    HttpResponse<String> export = send("GET", "/api/ledger/export", token, null);
    assertThat(export.statusCode()).isEqualTo(200);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> metrics.find("http.server.requests").tag("uri", "/api/ledger/export").timer(),
            timer -> timer != null && timer.count() >= 1);
    assertThat(
            metrics.find("http.server.requests").tag("uri", "/api/ledger/export").timers().stream()
                .map(
                    timer ->
                        timer.getId().getTag("exception") + " " + timer.getId().getTag("status")))
        .containsOnly("none 200");
  }

  @Test
  void aSignedActStillAsksForThePasswordWhenSignedInWithAToken() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    ProjectScript script = ProjectScript.charter(http, "PRJ-ONCE-2");
    script.budgetLine("LABOUR", "1000");
    script.workPackage("Design", "2026-03-02", "2026-04-30", "1000");
    String token =
        "Bearer "
            + JSON.readTree(
                    send("POST", "/api/session", basic("sponsor", TestUsers.PASSWORD), null).body())
                .get("token")
                .asText();
    String path = "/api/projects/" + script.projectId() + "/baselines";
    HttpResponse<String> wrong =
        send(
            "POST",
            path,
            token,
            "{\"reason\":\"Plan agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"nope\"}");
    assertThat(wrong.body()).contains("SIGNATURE_INVALID");
    // The refusal is counted by the security log, as every problem answered to a refused act is.
    assertThat(metrics.get("ledger.refusals").tag("code", "SIGNATURE_INVALID").counter().count())
        .isGreaterThanOrEqualTo(1.0);
    HttpResponse<String> signed =
        send(
            "POST",
            path,
            token,
            "{\"reason\":\"Plan agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}");
    assertThat(signed.statusCode()).as(signed.body()).isBetween(200, 201);
  }

  private double checks() {
    return metrics.get("ledger.password.checks").counter().count();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String hmac(String signingInput) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  private HttpResponse<String> send(String method, String path, String authorization, String body) {
    return new LedgerHttp(port).send(method, path, authorization, body).raw();
  }
}

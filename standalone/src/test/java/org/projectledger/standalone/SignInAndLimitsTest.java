package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in by a deployment's JWTs (signed here by a test key), the actor always taken from the
 * principal, per-user write limits, security headers and the counting of failed sign-ins.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@AutoConfigureObservability
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class SignInAndLimitsTest {

  private static final String ISSUER = "https://issuer.example";

  private static KeyPair issuerKey;
  private static KeyPair strangerKey;

  @DynamicPropertySource
  static void configure(DynamicPropertyRegistry registry) throws Exception {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    issuerKey = generator.generateKeyPair();
    strangerKey = generator.generateKeyPair();
    Path publicKey = Files.createTempFile("issuer", ".pem");
    Files.writeString(
        publicKey,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(issuerKey.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    registry.add("ledger.security.issuer", () -> ISSUER);
    registry.add("ledger.security.audiences", () -> "project-ledger");
    registry.add("ledger.security.printed-name-claim", () -> "name");
    registry.add("ledger.security.write-burst", () -> "3");
    registry.add("ledger.security.writes-per-second", () -> "1");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTokenFromTheIssuerSignsInWithTheRolesOfItsClaim() throws Exception {
    String token = token(issuerKey, "dora", List.of("PMO"), Instant.now().plusSeconds(300));

    HttpResponse<String> chartered =
        bearer(
            token,
            "POST",
            "/api/projects",
            """
            {"code":"PRJ-JWT-1","name":"Token","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
            """);
    assertThat(chartered.statusCode()).as(chartered.body()).isEqualTo(201);
    String project = new ObjectMapper().readTree(chartered.body()).get("projectId").asText();
    byte[] metaData =
        jdbc.queryForObject(
            "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ?",
            byte[].class,
            project);
    JsonNode recorded = new ObjectMapper().readTree(metaData);
    assertThat(recorded.get("actor").asText()).isEqualTo("dora");
    assertThat(recorded.get("actorName").asText()).isEqualTo("Dora Issuer");

    String viewerToken = token(issuerKey, "vic", List.of("VIEWER"), Instant.now().plusSeconds(300));
    assertThat(bearer(viewerToken, "GET", "/api/projects", null).statusCode()).isEqualTo(200);
    assertThat(bearer(viewerToken, "GET", "/api/audit", null).statusCode()).isEqualTo(403);
  }

  @Test
  void aTokenUserSignsAnActWithAFreshSignInNotAStaleOne() throws Exception {
    String pmo = token(issuerKey, "dora", List.of("PMO"), Instant.now().plusSeconds(300));
    HttpResponse<String> chartered =
        bearer(
            pmo,
            "POST",
            "/api/projects",
            """
            {"code":"PRJ-JWT-2","name":"Signed","sponsor":"sara","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
            """);
    String baselines =
        "/api/projects/"
            + new ObjectMapper().readTree(chartered.body()).get("projectId").asText()
            + "/baselines";
    String body = "{\"reason\":\"Agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"-\"}";

    String fresh = token(issuerKey, "sara", List.of("SPONSOR"), Instant.now().plusSeconds(300));
    HttpResponse<String> signed = bearer(fresh, "POST", baselines, body);
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(400);
    assertThat(signed.body()).contains("nothing planned");

    // Issued a moment ago (a silent refresh), but the user signed in a quarter of an hour ago.
    String stale =
        token(
            issuerKey,
            "sara",
            List.of("SPONSOR"),
            Instant.now().plusSeconds(300),
            Instant.now().minusSeconds(900));
    HttpResponse<String> refused = bearer(stale, "POST", baselines, body);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("SIGNATURE_INVALID");
    String unknown =
        token(issuerKey, claims("sara", List.of("SPONSOR"), Instant.now().plusSeconds(300)));
    assertThat(bearer(unknown, "POST", baselines, body).body()).contains("SIGNATURE_INVALID");
  }

  /** Security review, finding 9: whose token, for whom, naming whom. */
  @Test
  void aTokenForAnotherAudienceFromAnotherIssuerOrNamingABasicUserIs401() throws Exception {
    Instant later = Instant.now().plusSeconds(300);
    String otherAudience =
        token(issuerKey, claims("dora", List.of("PMO"), later).audience("another-service"));
    String otherIssuer =
        token(issuerKey, claims("dora", List.of("PMO"), later).issuer("https://elsewhere.example"));
    String basicUser = token(issuerKey, "pmo", List.of("PMO"), later);
    String noUser = token(issuerKey, claims("dora", List.of("PMO"), later).subject(null));
    for (String token : List.of(otherAudience, otherIssuer, basicUser, noUser)) {
      assertThat(bearer(token, "GET", "/api/projects", null).statusCode()).isEqualTo(401);
    }
    // The user's name is the subject, never the claim a user edits at many providers.
    String dora = token(issuerKey, "dora", List.of("PMO"), later);
    HttpResponse<String> chartered =
        bearer(
            dora,
            "POST",
            "/api/projects",
            """
            {"code":"PRJ-JWT-3","name":"Named","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1}}
            """);
    assertThat(chartered.statusCode()).as(chartered.body()).isEqualTo(201);
    byte[] metaData =
        jdbc.queryForObject(
            "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ?",
            byte[].class,
            new ObjectMapper().readTree(chartered.body()).get("projectId").asText());
    assertThat(new ObjectMapper().readTree(metaData).get("actor").asText()).isEqualTo("dora");
  }

  @Test
  void anExpiredOrWronglySignedTokenIs401() throws Exception {
    String expired = token(issuerKey, "dora", List.of("PMO"), Instant.now().minusSeconds(120));
    String forged = token(strangerKey, "dora", List.of("PMO"), Instant.now().plusSeconds(300));

    for (String token : List.of(expired, forged, "not-a-token")) {
      HttpResponse<String> answer = bearer(token, "GET", "/api/projects", null);
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
  }

  @Test
  void aBodyNeverNamesWhoActsTheRecordedActorIsTheSignedInUser() {
    LedgerHttp http = new LedgerHttp(port);
    Answer named =
        http.post(
            "pmo",
            "secret",
            "/api/projects",
            """
            {"code":"PRJ-ACT-1","name":"Actor","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":1,"costPercent":1},
             "actor":"someone-else"}
            """);

    assertThat(named.status()).isEqualTo(400);
    assertThat(named.json().at("/errors/0/field").asText()).isEqualTo("actor");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM project_code WHERE code = 'PRJ-ACT-1'", Integer.class))
        .isZero();
  }

  @Test
  void writesBeyondTheUsersLimitAre429WithRetryAfter() {
    LedgerHttp http = new LedgerHttp(port);
    int limited = 0;
    String retryAfter = null;
    for (int i = 0; i < 6; i++) {
      Answer answer =
          http.post(
              "sponsor", "secret", "/api/projects/" + java.util.UUID.randomUUID() + "/risks", "{}");
      if (answer.status() == 429) {
        limited++;
        retryAfter = answer.header("Retry-After");
        assertThat(answer.json().get("code").asText()).isEqualTo("RATE_LIMITED");
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(2);
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
    assertThat(http.get("sponsor", "secret", "/api/projects").status())
        .as("reads are not limited")
        .isEqualTo(200);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    Answer answer = new LedgerHttp(port).get("viewer", "secret", "/api/projects");

    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void failedSignInsAreCounted() {
    LedgerHttp http = new LedgerHttp(port);
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("pmo", "wrong", "/api/projects").status()).isEqualTo(401);
    }

    String metrics = http.get("admin", "secret", "/actuator/prometheus").raw().body();
    assertThat(metrics).contains("ledger_signin_failures_total");
    double failures =
        metrics
            .lines()
            .filter(line -> line.startsWith("ledger_signin_failures_total"))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .sum();
    assertThat(failures).isGreaterThanOrEqualTo(3);
  }

  private HttpResponse<String> bearer(String token, String method, String path, String body) {
    return new LedgerHttp(port).send(method, path, "Bearer " + token, body).raw();
  }

  private static String token(KeyPair key, String user, List<String> roles, Instant expires)
      throws Exception {
    return token(key, user, roles, expires, Instant.now().minusSeconds(5));
  }

  private static String token(
      KeyPair key, String user, List<String> roles, Instant expires, Instant signedIn)
      throws Exception {
    return token(key, claims(user, roles, expires).claim("auth_time", signedIn.getEpochSecond()));
  }

  /** A token of the test issuer for this service, its subject the user, issued now. */
  private static JWTClaimsSet.Builder claims(String user, List<String> roles, Instant expires) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience("project-ledger")
        .subject(user)
        .claim("preferred_username", "editable-" + user)
        .claim("name", "Dora Issuer")
        .claim("roles", roles)
        .issueTime(Date.from(Instant.now().minusSeconds(5)))
        .expirationTime(Date.from(expires));
  }

  private static String token(KeyPair key, JWTClaimsSet.Builder claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
    return jwt.serialize();
  }
}

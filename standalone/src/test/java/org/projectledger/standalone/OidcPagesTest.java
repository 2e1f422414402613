package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
 * The pages sign in through the organisation's OIDC provider — a real one, NAV's mock-oauth2-server
 * in the test JVM, found by its discovery document: the sign-in page offers it beside the password
 * form; the authorization code flow runs with PKCE and a nonce; the user's name and roles come from
 * the ID token's claims by the API's identity rules; the tab then holds this service's short-lived
 * token, never the provider's. A signed act asks for a fresh sign-in at the provider ({@code
 * prompt=login}, {@code max_age=0}) in a small window, and the signature is checked on its {@code
 * auth_time}; a stale one is refused. Sign-out ends the provider's session too. A sign-in through a
 * provider that is not the issuer the service trusts is refused, and so are API tokens for another
 * audience or from another issuer.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class OidcPagesTest {

  private static final String ISSUER_ID = "corp";
  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    PROVIDER.start();
    String issuer = PROVIDER.issuerUrl(ISSUER_ID).toString();
    String client = "spring.security.oauth2.client.registration.corp.";
    registry.add(client + "client-id", () -> "ledger-pages");
    registry.add(client + "client-secret", () -> "pages-secret");
    registry.add(client + "client-name", () -> "Corporate SSO");
    registry.add(client + "scope", () -> "openid,profile");
    registry.add("spring.security.oauth2.client.provider.corp.issuer-uri", () -> issuer);
    String partner = "spring.security.oauth2.client.registration.partner.";
    registry.add(partner + "client-id", () -> "ledger-pages");
    registry.add(partner + "client-secret", () -> "pages-secret");
    registry.add(partner + "client-name", () -> "Partner SSO");
    registry.add(partner + "scope", () -> "openid");
    registry.add(
        "spring.security.oauth2.client.provider.partner.issuer-uri",
        () -> PROVIDER.issuerUrl("partner").toString());
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
    registry.add("ledger.security.issuer", () -> issuer);
    registry.add("ledger.security.audiences", () -> "ledger-api");
    registry.add("ledger.security.printed-name-claim", () -> "name");
  }

  @AfterAll
  static void stopTheProvider() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;

  @Test
  void aUserSignsInThroughTheProviderSignsAnActWithAFreshSignInThereAndSignsOutOfBoth()
      throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    LedgerHttp.Answer chartered =
        http.post(
            "pmo",
            TestUsers.PASSWORD,
            "/api/projects",
            """
            {"code":"PRJ-OIDC-1","name":"Identity rollout","sponsor":"ada","manager":"manager",
             "currency":"EUR","plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
             "tolerances":{"scheduleDays":30,"costPercent":10}}
            """);
    assertThat(chartered.status()).as(chartered.raw().body()).isEqualTo(201);
    String project = chartered.json().get("projectId").asText();

    try (Browser browser = Browser.open(port)) {
      browser.go("/");
      WebElement corporate = browser.await(By.id("sign-in-corp"));
      assertThat(corporate.getText()).isEqualTo("Sign in with Corporate SSO");
      assertThat(browser.await(By.id("user")).isDisplayed())
          .as("the password form beside it")
          .isTrue();
      browser.screenshot("sign-in-choice");
      assertThat(AccessibilityAuditTest.audit(browser, "sign-in choice"))
          .as("axe-core's WCAG 2.1 A and AA violations")
          .isEmpty();

      PROVIDER.enqueueCallback(ada(Instant.now()));
      corporate.click();
      browser.await(By.cssSelector("table#portfolio"));
      assertThat(browser.await(By.id("who-name")).getText()).isEqualTo("Signed in as ada");
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("token");
      // No server session behind it: the sign-in in flight was a cookie, now cleared.
      assertThat(browser.driver().manage().getCookieNamed("JSESSIONID")).isNull();
      assertThat(browser.driver().manage().getCookieNamed("ledger_oidc_request")).isNull();
      String kept =
          String.valueOf(browser.script("return sessionStorage.getItem('project-ledger.session')"));
      assertThat(kept).contains("Bearer ").contains("\"provider\":\"corp\"");
      String token = JsonOf.parse(kept).get("authorization").asText().substring("Bearer ".length());
      assertThat(JsonOf.jwtClaims(token).get("iss").asText())
          .as("the tab holds this service's token, not the provider's")
          .isEqualTo("project-ledger");
      RecordedRequest authorize = request("/" + ISSUER_ID + "/authorize");
      assertThat(authorize.getRequestUrl().queryParameter("code_challenge_method"))
          .isEqualTo("S256");
      assertThat(authorize.getRequestUrl().queryParameter("nonce")).isNotBlank();
      assertThat(authorize.getRequestUrl().queryParameter("prompt")).isNull();

      // A signed act: a fresh sign-in at the provider in a small window, no password.
      browser.go("/#/projects/" + project + "/changes");
      WebElement reason = browser.await(By.id("amend-reason"));
      assertThat(browser.all(By.id("amend-password"))).isEmpty();
      reason.sendKeys("Board asked for a clearer name");
      browser.driver().findElement(By.id("amend-name")).clear();
      browser.driver().findElement(By.id("amend-name")).sendKeys("Identity and access rollout");
      PROVIDER.enqueueCallback(ada(Instant.now()));
      String pages = browser.driver().getWindowHandle();
      browser.driver().findElement(By.cssSelector("#amend-form button[type=submit]")).click();
      // The provider's own sign-in page, in the small window: prompt=login makes it ask.
      String window =
          browser.until(
              d ->
                  d.getWindowHandles().stream()
                      .filter(h -> !h.equals(pages))
                      .findFirst()
                      .orElse(null));
      browser.driver().switchTo().window(window);
      browser.await(By.name("username")).sendKeys("ada");
      WebElement claims = browser.driver().findElement(By.name("claims"));
      claims.clear();
      claims.sendKeys("{\"roles\":[\"SPONSOR\"],\"name\":\"Ada Lovelace\"}");
      browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
      browser.until(d -> d.getWindowHandles().size() == 1);
      browser.driver().switchTo().window(pages);
      browser.until(
          d -> d.findElement(By.id("change-status")).getText().startsWith("Charter amended"));
      RecordedRequest fresh = request("/" + ISSUER_ID + "/authorize");
      assertThat(fresh.getRequestUrl().queryParameter("prompt")).isEqualTo("login");
      assertThat(fresh.getRequestUrl().queryParameter("max_age")).isEqualTo("0");
      assertThat(amendment(http, project).get("actor").asText()).isEqualTo("ada");
      String signed =
          http.get("auditor", TestUsers.PASSWORD, "/api/ledger/export")
              .raw()
              .body()
              .lines()
              .filter(line -> line.contains("CharterAmended") && line.contains(project))
              .findFirst()
              .orElseThrow();
      String payload =
          new String(
              java.util.Base64.getDecoder().decode(JsonOf.parse(signed).get("payload").asText()),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(payload)
          .contains("\"signer\":\"ada\"")
          .contains("\"printedName\":\"Ada Lovelace\"");
      assertThat(browser.consoleErrors())
          .as("the pages' errors (the provider's sign-in page asks for a web font offline)")
          .allMatch(error -> error.contains("fonts.googleapis.com"));

      // Sign out: out of the pages and, through the provider's end_session_endpoint, out there.
      browser.await(By.id("sign-out")).click();
      browser.await(By.id("sign-in-corp"));
      RecordedRequest endSession = request("/" + ISSUER_ID + "/endsession");
      assertThat(endSession.getRequestUrl().queryParameter("client_id")).isEqualTo("ledger-pages");
      assertThat(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri"))
          .isEqualTo("http://localhost:" + port + "/");
      assertThat(browser.script("return sessionStorage.getItem('project-ledger.session')"))
          .isNull();
    }
  }

  @Test
  void aStaleSignInSignsNothingAndAnotherClientsOrIssuersTokensAreRefused() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    try (Browser browser = Browser.open(port)) {
      // Signed in at the provider ten minutes ago: the token works, a signature does not.
      browser.go("/");
      PROVIDER.enqueueCallback(ada(Instant.now().minusSeconds(600)));
      browser.await(By.id("sign-in-corp")).click();
      browser.await(By.cssSelector("table#portfolio"));
      String kept =
          String.valueOf(browser.script("return sessionStorage.getItem('project-ledger.session')"));
      String bearer = JsonOf.parse(kept).get("authorization").asText();
      assertThat(http.send("GET", "/api/projects", bearer, null).status()).isEqualTo(200);
      LedgerHttp.Answer chartered =
          http.post(
              "pmo",
              TestUsers.PASSWORD,
              "/api/projects",
              """
              {"code":"PRJ-OIDC-2","name":"Stale","sponsor":"ada","manager":"manager",
               "currency":"EUR","plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
               "tolerances":{"scheduleDays":30,"costPercent":10}}
              """);
      String path =
          "/api/projects/" + chartered.json().get("projectId").asText() + "/charter-amendments";
      LedgerHttp.Answer stale =
          http.send(
              "POST",
              path,
              bearer,
              "{\"name\":\"Renamed\",\"reason\":\"x\",\"signatureMeaning\":\"APPROVAL\"}");
      assertThat(stale.status()).isEqualTo(403);
      assertThat(stale.raw().body()).contains("SIGNATURE_INVALID").contains("auth_time");
      // Not renewed with itself: the pages go back to the provider.
      assertThat(http.send("POST", "/api/session", bearer, null).status()).isEqualTo(403);
      browser.script("sessionStorage.clear()");

      // A provider registered for the pages but not the issuer the service trusts for its users:
      // its sign-in succeeds there and is refused here, nobody signed in.
      browser.go("/");
      PROVIDER.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              "partner",
              "ada",
              "JWT",
              null,
              Map.of("roles", List.of("SPONSOR"), "auth_time", Instant.now().getEpochSecond()),
              3600));
      browser.await(By.id("sign-in-partner")).click();
      WebElement problem = browser.await(By.cssSelector(".sign-in .problem"));
      assertThat(problem.getText())
          .isEqualTo(
              "The identity provider's sign-in was refused: The token is not from this service's"
                  + " issuer");
      assertThat(browser.script("return sessionStorage.getItem('project-ledger.session')"))
          .isNull();
    }

    // The API: the provider's own tokens, for this service's audience and no other, from its
    // issuer and no other.
    String good = "Bearer " + apiToken(ISSUER_ID, "ledger-api");
    assertThat(http.send("GET", "/api/projects", good, null).status()).isEqualTo(200);
    String elsewhere = "Bearer " + apiToken(ISSUER_ID, "another-service");
    assertThat(http.send("GET", "/api/projects", elsewhere, null).status()).isEqualTo(401);
    String foreign = "Bearer " + apiToken("other", "ledger-api");
    assertThat(http.send("GET", "/api/projects", foreign, null).status()).isEqualTo(401);
  }

  private static DefaultOAuth2TokenCallback ada(Instant authenticatedAt) {
    return new DefaultOAuth2TokenCallback(
        ISSUER_ID,
        "ada",
        "JWT",
        null,
        Map.of(
            "roles",
            List.of("SPONSOR"),
            "name",
            "Ada Lovelace",
            "auth_time",
            authenticatedAt.getEpochSecond()),
        3600);
  }

  private static String apiToken(String issuer, String audience) {
    return PROVIDER
        .issueToken(
            issuer,
            "ledger-cli",
            new DefaultOAuth2TokenCallback(
                issuer, "ada", "JWT", List.of(audience), Map.of("roles", List.of("VIEWER")), 600))
        .serialize();
  }

  /** The provider's next request to this path, skipping the others (discovery, keys, tokens). */
  private static RecordedRequest request(String path) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      RecordedRequest request = PROVIDER.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request).as("a request to " + path).isNotNull();
      if (request.getRequestUrl().encodedPath().equals(path)) {
        return request;
      }
    }
    throw new AssertionError("No request to " + path);
  }

  private static JsonNode amendment(LedgerHttp http, String project) {
    JsonNode trail =
        http.get("auditor", TestUsers.PASSWORD, "/api/projects/" + project + "/audit?limit=100")
            .json();
    for (JsonNode entry : trail.get("entries")) {
      if (entry.get("type").asText().equals("CharterAmended")) {
        return entry;
      }
    }
    throw new AssertionError("No CharterAmended in " + trail);
  }

  /** JSON of the tab's storage and of a JWT's claims. */
  private static final class JsonOf {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
        new com.fasterxml.jackson.databind.ObjectMapper();

    static JsonNode parse(String text) throws Exception {
      return JSON.readTree(text);
    }

    static JsonNode jwtClaims(String token) throws Exception {
      return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
  }
}

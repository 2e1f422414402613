package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.MappedEndpoints.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * A seeded fuzzer (reproducible: the seed is printed and fixed) sends more than 10,000 generated
 * requests to every endpoint the service maps, as a user whom the gate lets through so that the
 * input reaches the parsers and the rules: the OpenAPI example of each write with one value
 * replaced by something hostile (wrong type, huge number, huge or script or SQL string, deep
 * nesting), unknown fields, truncated and malformed JSON, invalid UTF-8, wrong content types, and
 * hostile path segments and query parameters on the reads. It asserts that no request is answered
 * 5xx, that every refused request leaves the event store exactly as it was, and that every refusal
 * is an RFC 9457 problem. A second pass charters projects and registers stakeholders whose names
 * are hostile strings and checks that what is accepted comes back byte-identical.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class HostileInputTest {

  private static final long SEED = 20261125L;
  private static final int REQUESTS = 10_500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> HOSTILE_STRINGS =
      List.of(
          "",
          " ",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'; DROP TABLE domainevententry; --",
          "1 OR 1=1",
          "${jndi:ldap://example.org/a}",
          "#{7*7}",
          "../../etc/passwd",
          "\u0000",
          "\u202Eevil",
          "Zoë 東京 🚀",
          "\uFFFD",
          "NaN",
          "-0",
          "9999-99-99",
          "2026-02-30",
          "P1Y",
          "EUR ",
          "null");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
    registry.add("ledger.security.write-burst", () -> "1000000");
    registry.add("ledger.security.writes-per-second", () -> "1000000");
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Random random = new Random(SEED);

  record Sent(String description, int status, String contentType, String body) {}

  @Test
  void noGeneratedRequestIsAnswered5xxOrAppendsAnythingWhenRefused() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    String project = charter(http, "PRJ-FUZZ-1", "Fuzzed");
    String stakeholder =
        http.post(
                "pmo",
                "secret",
                "/api/projects/" + project + "/stakeholders",
                "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"role\":\"CFO\",\"interests\":[\"BUDGET\"]}")
            .json()
            .get("id")
            .asText();

    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).hasSizeGreaterThan(30);
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    long accepted = 0;
    for (int i = 0; i < REQUESTS; i++) {
      Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
      long before = events();
      Sent sent = send(endpoint, project, stakeholder);
      long after = events();
      statuses.merge(sent.status() / 100 + "xx", 1, Integer::sum);
      if (sent.status() >= 500) {
        wrong.add(sent.status() + " for " + sent.description() + ": " + abbreviate(sent.body()));
      } else if (sent.status() >= 400) {
        if (after != before) {
          wrong.add(
              "refused with %d but appended %d events: %s"
                  .formatted(sent.status(), after - before, sent.description()));
        }
        if (sent.status() != 401
            && sent.status() != 403
            && sent.status() != 405
            && (sent.contentType() == null
                || !sent.contentType().startsWith("application/problem+json"))) {
          wrong.add(
              "refused with %d as %s rather than a problem: %s"
                  .formatted(sent.status(), sent.contentType(), sent.description()));
        }
      } else {
        accepted++;
      }
    }
    System.out.printf(
        "hostile input: seed %d, %d requests over %d endpoints, answers %s, %d accepted, %d events"
            + " in the store%n",
        SEED, REQUESTS, endpoints.size(), statuses, accepted, events());
    assertThat(wrong).isEmpty();
    assertThat(statuses).doesNotContainKey("5xx");
  }

  /**
   * Hostile strings the API accepts show in the pages as the very text, never as markup: in the
   * portfolio, the dashboard, the Gantt and its table, the audit trail and the stakeholders.
   */
  @Test
  void acceptedHostileStringsShowAsTextInThePages() throws Exception {
    List<String> markup =
        List.of(
            "<img src=x onerror=\"window.__pwned=1\">",
            "<script>window.__pwned=2</script>",
            "\"><svg onload=window.__pwned=3>",
            "{{7*7}} ${7*7} &amp; &lt;b&gt;");
    LedgerHttp http = new LedgerHttp(port);
    List<String> projects = new ArrayList<>();
    for (int i = 0; i < markup.size(); i++) {
      ObjectNode body = charterBody("PRJ-PAGE-" + i);
      body.put("name", markup.get(i));
      LedgerHttp.Answer chartered =
          http.post("pmo", "secret", "/api/projects", JSON.writeValueAsString(body));
      assertThat(chartered.status()).as(chartered.raw().body()).isEqualTo(201);
      projects.add(chartered.json().get("projectId").asText());
    }
    String first = "/api/projects/" + projects.get(0);
    assertThat(
            http.post(
                    "manager",
                    "secret",
                    first + "/budget-lines",
                    "{\"category\":\"LABOUR\",\"amount\":5000}")
                .status())
        .isEqualTo(201);
    ObjectNode workPackage = JSON.createObjectNode();
    workPackage.put("name", markup.get(1));
    workPackage.put("plannedStart", "2026-02-01");
    workPackage.put("plannedFinish", "2026-02-28");
    workPackage.put("plannedCost", 1000);
    workPackage.putArray("dependsOn");
    assertThat(
            http.post(
                    "manager",
                    "secret",
                    first + "/work-packages",
                    JSON.writeValueAsString(workPackage))
                .status())
        .isEqualTo(201);
    ObjectNode stakeholder = JSON.createObjectNode();
    stakeholder.put("name", markup.get(2));
    stakeholder.put("email", "echo@example.org");
    stakeholder.put("role", markup.get(0));
    stakeholder.putArray("interests").add("SCHEDULE");
    assertThat(
            http.post(
                    "pmo", "secret", first + "/stakeholders", JSON.writeValueAsString(stakeholder))
                .status())
        .isEqualTo(201);
    http.get("pmo", "secret", first + "?minVersion=4");

    try (Browser browser = Browser.open(port)) {
      browser.signIn("pmo", "secret");
      for (int i = 0; i < markup.size(); i++) {
        String name = markup.get(i);
        String cell =
            browser
                .await(By.cssSelector("tr[data-project='" + projects.get(i) + "'] td"))
                .getText();
        assertThat(cell).as("portfolio name").isEqualTo(name);
      }
      assertInert(browser);
      // The page is drawn again after navigating: wait for what it shows, never read an element
      // the next drawing may replace.
      browser.go("/#/projects/" + projects.get(0));
      browser.until(
          d -> d.findElement(By.tagName("h1")).getText().equals("PRJ-PAGE-0 · " + markup.get(0)));
      // The schedule names it with its WBS code.
      browser.go("/#/projects/" + projects.get(0) + "/schedule");
      browser.until(
          d ->
              d.findElement(By.cssSelector("table.schedule-table td"))
                  .getText()
                  .equals("1 " + markup.get(1)));
      browser.until(d -> d.findElements(By.cssSelector("#gantt svg text")).size() > 0);
      assertThat(browser.all(By.cssSelector("#gantt svg text")))
          .extracting(element -> element.getText())
          .anyMatch(text -> text.startsWith("1 <script>"));
      browser.go("/#/projects/" + projects.get(0) + "/audit");
      browser.until(
          d ->
              d.findElement(By.cssSelector("table.audit-table")).getText().contains(markup.get(1)));
      browser.go("/#/projects/" + projects.get(0) + "/stakeholders");
      browser.until(
          d ->
              d.findElement(By.cssSelector("ul.stakeholders li"))
                  .getText()
                  .contains(markup.get(2) + " (" + markup.get(0) + ")"));
      assertInert(browser);
      browser.screenshot("hostile-strings");
    }
  }

  /** No element the hostile strings would have made exists, and none of their scripts ran. */
  private static void assertInert(Browser browser) {
    assertThat(
            browser.all(By.cssSelector("main img, main script, main svg[onload], main [onerror]")))
        .isEmpty();
    assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(true);
  }

  @Test
  void acceptedHostileStringsComeBackByteIdentical() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    int accepted = 0;
    int refused = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < HOSTILE_STRINGS.size() * 2; i++) {
      String name = i < HOSTILE_STRINGS.size() ? HOSTILE_STRINGS.get(i) : randomString(200);
      ObjectNode body = charterBody("PRJ-ECHO-" + i);
      body.put("name", name);
      long before = events();
      LedgerHttp.Answer answer =
          http.post("pmo", "secret", "/api/projects", JSON.writeValueAsString(body));
      if (answer.status() == 201) {
        accepted++;
        String id = answer.json().get("projectId").asText();
        JsonNode read = http.get("pmo", "secret", "/api/projects/" + id + "?minVersion=1").json();
        if (!name.equals(read.path("name").asText(null))) {
          wrong.add("project name " + JSON.writeValueAsString(name) + " came back as " + read);
        }
        ObjectNode stakeholder = JSON.createObjectNode();
        stakeholder.put("name", name.isBlank() ? "x" + name : name);
        stakeholder.put("email", "echo@example.org");
        stakeholder.put("role", name.isBlank() ? "CFO" : name);
        stakeholder.putArray("interests").add("BUDGET");
        LedgerHttp.Answer registered =
            http.post(
                "pmo",
                "secret",
                "/api/projects/" + id + "/stakeholders",
                JSON.writeValueAsString(stakeholder));
        if (registered.status() == 201) {
          String stakeholderId = registered.json().get("id").asText();
          long version = registered.json().get("version").asLong();
          JsonNode project =
              http.get("pmo", "secret", "/api/projects/" + id + "?minVersion=" + version).json();
          boolean found = false;
          for (JsonNode s : project.path("stakeholders")) {
            if (stakeholderId.equals(s.path("stakeholderId").asText())) {
              found = true;
              if (!stakeholder.get("name").asText().equals(s.path("name").asText(null))
                  || !stakeholder.get("role").asText().equals(s.path("role").asText(null))) {
                wrong.add("stakeholder came back as " + s + " for " + stakeholder);
              }
            }
          }
          if (!found) {
            wrong.add("registered stakeholder not in the project: " + project);
          }
        } else if (registered.status() >= 500) {
          wrong.add("stakeholder " + registered.status() + " for " + stakeholder);
        }
      } else {
        refused++;
        if (answer.status() >= 500 || events() != before) {
          wrong.add("charter with name " + JSON.writeValueAsString(name) + ": " + answer.status());
        }
      }
    }
    System.out.printf("hostile strings: %d accepted and echoed, %d refused%n", accepted, refused);
    assertThat(accepted).isGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
  }

  private String charter(LedgerHttp http, String code, String name) throws IOException {
    ObjectNode body = charterBody(code);
    body.put("name", name);
    return http.post("pmo", "secret", "/api/projects", JSON.writeValueAsString(body))
        .json()
        .get("projectId")
        .asText();
  }

  private static ObjectNode charterBody(String code) throws IOException {
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"code":"X","name":"X","sponsor":"sponsor","manager":"manager","currency":"EUR",
                 "plannedStart":"2026-01-01","plannedFinish":"2026-12-31",
                 "tolerances":{"scheduleDays":10,"costPercent":5}}
                """);
    body.put("code", code);
    return body;
  }

  private long events() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    return count == null ? 0 : count;
  }

  /** Who gets through the gate to this endpoint, so that the input reaches the parsers. */
  private static String user(Endpoint endpoint) {
    String p = endpoint.pattern();
    if (p.startsWith("/actuator") || p.startsWith("/api/admin")) {
      return "admin";
    }
    if (endpoint.method() == RequestMethod.GET) {
      return p.equals("/api/audit") ? "auditor" : "pmo";
    }
    if (p.equals("/api/projects")
        || p.endsWith("/stakeholders")
        || p.endsWith("/personal-data")
        || p.endsWith("/interests")) {
      return "pmo";
    }
    if (p.endsWith("/baselines")
        || p.endsWith("/approval")
        || p.endsWith("/rejection")
        || p.endsWith("/charter-amendments")) {
      return "sponsor";
    }
    return "manager";
  }

  private Sent send(Endpoint endpoint, String project, String stakeholder) throws Exception {
    String path = path(endpoint, project, stakeholder);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user(endpoint) + ":secret").getBytes(StandardCharsets.UTF_8)));
    String description = endpoint.method() + " " + path;
    if (endpoint.method() == RequestMethod.GET) {
      request.GET();
    } else {
      byte[] body;
      String contentType = "application/json";
      int kind = random.nextInt(10);
      String example = MappedEndpoints.example(endpoint.handler());
      switch (kind) {
        case 0 -> {
          String cut = example.substring(0, random.nextInt(Math.max(1, example.length())));
          body = cut.getBytes(StandardCharsets.UTF_8);
          description += " truncated " + cut;
        }
        case 1 -> {
          int depth = 500 + random.nextInt(5_000);
          body = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
          description += " nested " + depth;
        }
        case 2 -> {
          byte[] valid = example.getBytes(StandardCharsets.UTF_8);
          body = valid.clone();
          int at = random.nextInt(Math.max(1, body.length));
          if (body.length > 0) {
            body[at] = (byte) (0x80 | random.nextInt(0x80));
          }
          description += " invalid UTF-8 at " + at;
        }
        case 3 -> {
          contentType =
              List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")
                  .get(random.nextInt(4));
          body = example.getBytes(StandardCharsets.UTF_8);
          description += " as " + contentType;
        }
        case 4 -> {
          ObjectNode node = parse(example);
          node.put("unknown" + random.nextInt(100), hostileString());
          body = JSON.writeValueAsBytes(node);
          description += " " + new String(body, StandardCharsets.UTF_8);
        }
        default -> {
          ObjectNode node = parse(example);
          mutate(node);
          body = JSON.writeValueAsBytes(node);
          description += " " + abbreviate(new String(body, StandardCharsets.UTF_8));
        }
      }
      if (!contentType.isEmpty()) {
        request.header("Content-Type", contentType);
      }
      if (random.nextInt(20) == 0) {
        request.header("If-Match", "\"" + hostileString().replaceAll("[^\\x21-\\x7e]", "") + "\"");
      }
      request.method(endpoint.method().name(), HttpRequest.BodyPublishers.ofByteArray(body));
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IllegalArgumentException refusedByClient) {
      // A header the JDK itself will not send; nothing reached the service.
      return new Sent(description, 400, "application/problem+json", "");
    }
    byte[] answer;
    try (InputStream in = response.body()) {
      answer = in.readNBytes(4096);
    }
    return new Sent(
        description,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        new String(answer, StandardCharsets.UTF_8));
  }

  private String path(Endpoint endpoint, String project, String stakeholder) {
    String pattern = endpoint.pattern();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("{projectId}", project);
    values.put("{stakeholderId}", stakeholder);
    values.put("{name}", "audit");
    String path = pattern;
    for (Map.Entry<String, String> value : values.entrySet()) {
      String replacement = random.nextInt(8) == 0 ? encode(hostileString()) : value.getValue();
      path = path.replace(value.getKey(), replacement.isEmpty() ? "x" : replacement);
    }
    while (path.contains("{")) {
      int start = path.indexOf('{');
      int end = path.indexOf('}', start);
      String replacement =
          random.nextInt(4) == 0 ? encode(hostileString()) : UUID.randomUUID().toString();
      path =
          path.substring(0, start)
              + (replacement.isEmpty() ? "x" : replacement)
              + path.substring(end + 1);
    }
    if (endpoint.method() == RequestMethod.GET && random.nextBoolean()) {
      String parameter =
          List.of(
                  "asOf",
                  "minVersion",
                  "figure",
                  "actor",
                  "type",
                  "from",
                  "to",
                  "page",
                  "size",
                  "sort",
                  "after",
                  "limit",
                  "format")
              .get(random.nextInt(13));
      path +=
          "?" + parameter + "=" + encode(random.nextBoolean() ? hostileString() : hostileNumber());
    }
    return path;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ObjectNode parse(String example) throws IOException {
    JsonNode node = JSON.readTree(example);
    return node instanceof ObjectNode object ? object : JSON.createObjectNode();
  }

  /** Replaces one value, anywhere in the tree, by something hostile. */
  private void mutate(ObjectNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    if (names.isEmpty()) {
      node.set("value", hostileValue());
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    JsonNode child = node.get(name);
    if (child instanceof ObjectNode object && random.nextBoolean()) {
      mutate(object);
    } else if (random.nextInt(6) == 0) {
      node.remove(name);
    } else {
      node.set(name, hostileValue());
    }
  }

  private JsonNode hostileValue() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (random.nextInt(9)) {
      case 0 -> f.textNode(hostileString());
      case 1 -> f.numberNode(new java.math.BigDecimal(hostileNumber()));
      case 2 -> f.booleanNode(random.nextBoolean());
      case 3 -> f.nullNode();
      case 4 -> {
        ArrayNode array = f.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(hostileString());
        }
        yield array;
      }
      case 5 -> f.objectNode().put("nested", hostileString());
      case 6 -> f.textNode("x".repeat(1 + random.nextInt(300_000)));
      case 7 -> f.numberNode(random.nextInt());
      default -> f.textNode(randomString(1 + random.nextInt(64)));
    };
  }

  private String hostileString() {
    return random.nextInt(3) == 0
        ? randomString(1 + random.nextInt(40))
        : HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
  }

  private String hostileNumber() {
    return List.of(
            "0",
            "-1",
            "-0.0",
            "1e309",
            "99999999999999999999999999999999999999",
            "0.0000000000000000000001",
            "2147483648",
            "-9223372036854775809",
            "1E+2147483647",
            "101",
            "3.14159")
        .get(random.nextInt(11));
  }

  /** Any code points, including controls, surrogates paired correctly and right-to-left marks. */
  private String randomString(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      int codePoint =
          switch (kind) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x5F);
            case 2 -> 0xA0 + random.nextInt(0xD000);
            default -> 0x1F300 + random.nextInt(0x300);
          };
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
        codePoint = 'x';
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /**
   * The error page, static pages, streams that never end and the project's closure (which would end
   * every later write with PROJECT_CLOSED) are left out.
   */
  private List<Endpoint> endpoints() {
    return MappedEndpoints.of(context).stream()
        .filter(
            endpoint ->
                !endpoint.pattern().endsWith("/stream")
                    && !endpoint.pattern().startsWith("/swagger")
                    && !endpoint.closesTheProject())
        .toList();
  }
}

package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;
import org.projectledger.standalone.PlanFilesForTests.Spec;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Over Axon Server a command, its result and its refusal travel serialized. The same writes are
 * sent to the service on Axon's local bus and to one whose bus serializes everything as the
 * connector does ({@link SerializingCommandBus}); every answer — status, content type, ETag and
 * body — must be the same, ids aside.
 */
class WritesOverASerializingBusTest {

  private static final String SECRET = "secret";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Written once: MPXJ stamps the time of writing into a file, and its hash names the items. */
  private static final byte[] PLAN =
      PlanFilesForTests.mspdi(
          List.of(
              Spec.task("Design", "2026-02-02", "2026-02-27", 300),
              Spec.task("Build", "2026-03-02", "2026-04-30", 500, "Design")));

  private static final byte[] TOO_BIG =
      PlanFilesForTests.mspdi(List.of(Spec.task("Huge", "2026-02-02", "2026-02-27", 9000)));

  private static ConfigurableApplicationContext local;
  private static ConfigurableApplicationContext serializing;

  @BeforeAll
  static void start() {
    local = InProcessServices.start(List.of());
    serializing = InProcessServices.start(SerializingCommandBus.WIRING);
  }

  @AfterAll
  static void stop() {
    serializing.close();
    local.close();
  }

  @Test
  void everyWriteIsAnsweredOverTheSerializingBusAsOnTheLocalOne() {
    Map<String, String> onLocal = script(InProcessServices.http(local));
    Map<String, String> overTheWire = script(InProcessServices.http(serializing));

    assertThat(overTheWire).containsExactlyEntriesOf(onLocal);
    // The script covers what it says it does: a success, each kind of refusal, and a replay.
    assertThat(onLocal.get("charter")).startsWith("201 ").contains("ETag \"0\"");
    assertThat(onLocal.get("duplicate code")).contains("\"code\":\"DUPLICATE_PROJECT_CODE\"");
    assertThat(onLocal.get("charter by a manager")).contains("\"code\":\"FORBIDDEN\"");
    assertThat(onLocal.get("dates the wrong way round")).startsWith("409 ");
    assertThat(onLocal.get("budget line with a key")).startsWith("201 ");
    assertThat(onLocal.get("the same key again")).isEqualTo(onLocal.get("budget line with a key"));
    assertThat(onLocal.get("the same key, another body")).contains("IDEMPOTENCY_KEY_REUSED");
    assertThat(onLocal.get("stale If-Match")).contains("\"code\":\"VERSION_MISMATCH\"");
    assertThat(onLocal.get("unknown project")).startsWith("404 ").contains("NOT_FOUND");
    assertThat(onLocal.get("viewer writes")).startsWith("403 ");
    assertThat(onLocal.get("plan beyond the budget")).contains("PLAN_EXCEEDS_BUDGET");
    assertThat(onLocal.get("import dry run")).startsWith("200 ").contains("\"dryRun\":true");
    assertThat(onLocal.get("import refused"))
        .contains("\"code\":\"IMPORT_REFUSED\"")
        .contains("\"refused\":[{");
    assertThat(onLocal.get("import")).startsWith("201 ").contains("\"created\":[{");
    assertThat(onLocal.get("work package")).startsWith("201 ");
  }

  /** The script's answers by step, each as status, ETag, content type and body, ids numbered. */
  private static Map<String, String> script(LedgerHttp http) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    Answer chartered =
        http.post("pmo", SECRET, "/api/projects", charter("SER-1", "2026-01-01", "2026-12-31"));
    answers.put("charter", chartered);
    String project = "/api/projects/" + chartered.json().get("projectId").asText();
    answers.put(
        "duplicate code",
        http.post("pmo", SECRET, "/api/projects", charter("SER-1", "2026-01-01", "2026-12-31")));
    answers.put(
        "charter by a manager",
        http.post(
            "manager", SECRET, "/api/projects", charter("SER-2", "2026-01-01", "2026-12-31")));
    answers.put(
        "dates the wrong way round",
        http.post("pmo", SECRET, "/api/projects", charter("SER-3", "2026-12-31", "2026-01-01")));

    String line = "{\"category\":\"LABOUR\",\"amount\":1000.50}";
    Map<String, String> key = Map.of("Idempotency-Key", "line-1");
    answers.put(
        "budget line with a key",
        http.post("manager", SECRET, project + "/budget-lines", "application/json", line, key));
    answers.put(
        "the same key again",
        http.post("manager", SECRET, project + "/budget-lines", "application/json", line, key));
    answers.put(
        "the same key, another body",
        http.post(
            "manager",
            SECRET,
            project + "/budget-lines",
            "application/json",
            "{\"category\":\"LABOUR\",\"amount\":2}",
            key));
    answers.put(
        "stale If-Match",
        http.post(
            "manager",
            SECRET,
            project + "/budget-lines",
            "application/json",
            "{\"category\":\"MATERIAL\",\"amount\":5}",
            Map.of("If-Match", "\"0\"")));
    answers.put(
        "unknown project",
        http.post(
            "manager",
            SECRET,
            "/api/projects/00000000-0000-4000-8000-000000000000/budget-lines",
            "{\"category\":\"LABOUR\",\"amount\":5}"));
    answers.put(
        "viewer writes",
        http.post(
            "viewer", SECRET, project + "/budget-lines", "{\"category\":\"LABOUR\",\"amount\":5}"));
    answers.put(
        "plan beyond the budget",
        http.post("manager", SECRET, project + "/work-packages", workPackage("Too big", "5000")));

    answers.put(
        "import dry run",
        http.upload("manager", SECRET, project + "/imports?dryRun=true", "plan.xml", PLAN));
    answers.put(
        "import refused",
        http.upload("manager", SECRET, project + "/imports?dryRun=false", "too-big.xml", TOO_BIG));
    answers.put(
        "import",
        http.upload("manager", SECRET, project + "/imports?dryRun=false", "plan.xml", PLAN));
    answers.put(
        "work package",
        http.post("manager", SECRET, project + "/work-packages", workPackage("Test", "100")));

    Function<String, String> ids = numbered();
    Map<String, String> shown = new LinkedHashMap<>();
    answers.forEach(
        (step, answer) ->
            shown.put(
                step,
                ids.apply(
                    answer.status()
                        + " ETag "
                        + answer.header("ETag")
                        + " "
                        + answer.contentType()
                        + " "
                        + answer.raw().body())));
    return shown;
  }

  /** Replaces each id by its number in order of first appearance, the same on both services. */
  private static Function<String, String> numbered() {
    List<String> seen = new ArrayList<>();
    return text -> {
      Matcher matcher = UUID.matcher(text);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        String id = matcher.group();
        if (!seen.contains(id)) {
          seen.add(id);
        }
        matcher.appendReplacement(out, "id-" + seen.indexOf(id));
      }
      matcher.appendTail(out);
      return out.toString();
    };
  }

  private static String charter(String code, String start, String finish) {
    return """
        {"code":"%s","name":"Serialized","sponsor":"sponsor","manager":"manager","currency":"EUR",
         "plannedStart":"%s","plannedFinish":"%s","tolerances":{"scheduleDays":30,"costPercent":10}}
        """
        .formatted(code, start, finish);
  }

  private static String workPackage(String name, String cost) {
    return "{\"name\":\"%s\",\"plannedStart\":\"2026-05-04\",\"plannedFinish\":\"2026-05-29\",\"plannedCost\":%s,\"dependsOn\":[]}"
        .formatted(name, cost);
  }
}

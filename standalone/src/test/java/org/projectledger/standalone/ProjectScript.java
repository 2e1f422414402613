package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.LedgerHttp.Answer;

/**
 * Steps of a project over real HTTP, for the tests of communication and maintenance: each checks
 * its answer and returns the id the service gave.
 */
final class ProjectScript {

  static final String PASSWORD = "secret";

  private final LedgerHttp http;
  final String project;

  ProjectScript(LedgerHttp http, String project) {
    this.http = http;
    this.project = project;
  }

  /**
   * Every day working: the figures these tests check are worked by hand in calendar days (a charter
   * without a calendar works Monday to Friday; {@code WorkingCalendarsTest} checks that).
   */
  static final String EVERY_DAY =
      "\"calendar\":{\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\","
          + "\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]}";

  /**
   * Charters a project for 2026, sponsor "sponsor" and manager "manager", in EUR, working every
   * day.
   */
  static ProjectScript charter(LedgerHttp http, String code) {
    Answer chartered =
        http.post(
            "pmo",
            PASSWORD,
            "/api/projects",
            """
            {"code":"%s","name":"Ledger rollout","sponsor":"sponsor","manager":"manager","currency":"EUR",
             "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","tolerances":{"scheduleDays":30,"costPercent":10},
             %s}
            """
                .formatted(code, EVERY_DAY));
    assertThat(chartered.status()).as(chartered.raw().body()).isEqualTo(201);
    return new ProjectScript(http, "/api/projects/" + chartered.json().get("projectId").asText());
  }

  /** The same project, through another service node or a restarted one. */
  ProjectScript on(LedgerHttp other) {
    return new ProjectScript(other, project);
  }

  String projectId() {
    return project.substring("/api/projects/".length());
  }

  String stakeholder(String name, String email, String role, String interests) {
    return created(
        "pmo",
        "/stakeholders",
        "{\"name\":\"%s\",\"email\":\"%s\",\"role\":\"%s\",\"interests\":[%s]}"
            .formatted(name, email, role, interests));
  }

  void communicationPlan(String stakeholder, String channel, String address, String frequency) {
    Answer set =
        http.put(
            "manager",
            PASSWORD,
            project + "/stakeholders/" + stakeholder + "/communication-plan",
            "{\"channel\":\"%s\",\"address\":\"%s\",\"frequency\":\"%s\"}"
                .formatted(channel, address, frequency));
    assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
  }

  String budgetLine(String category, String amount) {
    return created(
        "manager",
        "/budget-lines",
        "{\"category\":\"%s\",\"amount\":%s}".formatted(category, amount));
  }

  String workPackage(String name, String start, String finish, String cost) {
    return created(
        "manager",
        "/work-packages",
        "{\"name\":\"%s\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\",\"plannedCost\":%s,\"dependsOn\":[]}"
            .formatted(name, start, finish, cost));
  }

  Answer reschedule(String workPackage, String start, String finish, String reason) {
    return post(
        "manager",
        "/work-packages/" + workPackage + "/reschedule",
        "{\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\",\"reason\":\"%s\",\"cascade\":true}"
            .formatted(start, finish, reason));
  }

  Answer cost(String line, String workPackage, String amount, String on) {
    return post(
        "manager",
        "/costs",
        "{\"budgetLineId\":\"%s\",\"workPackageId\":\"%s\",\"amount\":%s,\"incurredOn\":\"%s\",\"reference\":\"INV-1\"}"
            .formatted(line, workPackage, amount, on));
  }

  Answer progress(String workPackage, int percent, String on) {
    return post(
        "manager",
        "/work-packages/" + workPackage + "/progress",
        "{\"percentComplete\":%d,\"statusDate\":\"%s\"}".formatted(percent, on));
  }

  Answer baseline() {
    return post(
        "sponsor",
        "/baselines",
        "{\"reason\":\"Plan agreed\",\"signatureMeaning\":\"APPROVAL\",\"password\":\"secret\"}");
  }

  Answer post(String user, String path, String body) {
    return http.post(user, PASSWORD, project + path, body);
  }

  String created(String user, String path, String body) {
    Answer answer = post(user, path, body);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.json().get("id").asText();
  }

  /** Reads a path as the auditor until the answer satisfies the condition (20 s at most). */
  JsonNode awaitRead(String path, Predicate<JsonNode> condition) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      Answer answer = http.get("auditor", PASSWORD, project + path);
      if (answer.status() == 200) {
        last = answer.json();
        if (condition.test(last)) {
          return last;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Never satisfied by " + path + ": " + last);
  }
}

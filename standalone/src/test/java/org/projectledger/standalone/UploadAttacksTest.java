package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.projectledger.standalone.PlanFilesForTests.Spec;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Security review, finding 1 and two of its low findings, attacked over HTTP: an upload is never
 * read for a project that does not exist or a caller who may not import; a zip bomb, a zip in a zip
 * and a database file are refused without leaving anything in the temporary folder; a zipped plan
 * is read; a chunked upload over 1 MB is cut off; a reader's own error never reaches the answer.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class UploadAttacksTest {

  private static final List<Spec> PLAN =
      List.of(
          Spec.task("Design", "2026-02-02", "2026-02-27", 10000),
          Spec.task("Build", "2026-03-02", "2026-04-30", 50000, "Design"));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;

  @Test
  void aZipBombForAProjectThatDoesNotExistIsAnsweredNotFoundUnread() throws Exception {
    Set<String> before = temporaryFiles();
    LedgerHttp.Answer answer =
        upload("manager", "/api/projects/" + UUID.randomUUID(), "bomb.zip", zipOfZeros(25));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(404);
    assertThat(temporaryFiles()).isEqualTo(before);
  }

  @Test
  void aCallerWhoMayNotImportIsRefusedBeforeTheFileIsRead() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-RIGHTS");
    Set<String> before = temporaryFiles();
    LedgerHttp.Answer answer = upload("sponsor", script.project, "bomb.zip", zipOfZeros(25));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(temporaryFiles()).isEqualTo(before);
  }

  @Test
  void aZipBombIsRefusedAtTwentyMegabytesAndLeavesNothingBehind() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-BOMB");
    byte[] bomb = zipOfZeros(25);
    assertThat(bomb.length).as("the bomb is small enough to upload").isLessThan(1024 * 1024);
    Set<String> before = temporaryFiles();
    LedgerHttp.Answer answer = upload("manager", script.project, "plan.zip", bomb);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("code").asText()).isEqualTo("UNSUPPORTED_FILE");
    assertThat(answer.json().get("detail").asText()).contains("more than 20 MB");
    assertThat(temporaryFiles()).isEqualTo(before);
  }

  @Test
  void aZipInAZipIsNotOpened() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-NESTED");
    byte[] nested = zip("inner.zip", zip("plan.xml", PlanFilesForTests.mspdi(PLAN)));
    LedgerHttp.Answer answer = upload("manager", script.project, "plan.zip", nested);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("detail").asText()).contains("one level only");
  }

  @Test
  void aDatabaseFileIsRefusedWhateverItsName() {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-SQLITE");
    byte[] sqlite = new byte[4096];
    byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, sqlite, 0, header.length);
    for (String name : List.of("plan.mpp", "plan.xer", "plan.db")) {
      LedgerHttp.Answer answer = upload("manager", script.project, name, sqlite);
      assertThat(answer.status()).as(name).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("UNSUPPORTED_FILE");
    }
  }

  @Test
  void aZippedPlanIsReadOneLevelDeep() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-ZIPPED");
    script.budgetLine("LABOUR", "100000");
    byte[] zipped = zip("erp/plan.xml", PlanFilesForTests.mspdi(PLAN));
    LedgerHttp.Answer answer =
        new LedgerHttp(port)
            .upload(
                "manager", "secret", script.project + "/imports?dryRun=true", "plan.zip", zipped);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    JsonNode report = answer.json();
    assertThat(report.at("/source/format").asText()).isEqualTo("MSPDI");
    assertThat(report.at("/source/fileName").asText()).isEqualTo("plan.zip!plan.xml");
    assertThat(report.get("created").findValuesAsText("name")).containsExactly("Design", "Build");
  }

  @Test
  void aReadersOwnErrorStaysInTheLog() {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-BROKEN");
    byte[] broken =
        "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>"
            .getBytes(StandardCharsets.UTF_8);
    LedgerHttp.Answer answer = upload("manager", script.project, "plan.xml", broken);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("detail").asText())
        .contains("could not be read as a MSPDI file")
        .doesNotContain("XML document")
        .doesNotContain("Exception");
  }

  @Test
  void aChunkedUploadOverTheUploadLimitIsCutOff() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-CHUNKED");
    String boundary = "ledger-" + UUID.randomUUID();
    byte[] head =
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xml\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .formatted(boundary)
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(head);
    body.write(new byte[17 * 1024 * 1024]);
    body.write(tail);
    // An input stream of unknown length: the client sends it chunked, with no Content-Length.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + script.project + "/imports"))
            .header("Authorization", basic("manager"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body.toByteArray())))
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
    assertThat(answer.body()).contains("PAYLOAD_TOO_LARGE");
  }

  /**
   * Real plans are bigger than other bodies (issue "Plans as PMs make them"): a plan file of a few
   * MB is read, while any other body stays at 1 MB.
   */
  @Test
  void aPlanFileOfAFewMegabytesIsReadWhileOtherBodiesStayAtOne() throws Exception {
    ProjectScript script = ProjectScript.charter(new LedgerHttp(port), "PRJ-UP-LARGE");
    script.budgetLine("LABOUR", "900000");
    List<PlanFilesForTests.Spec> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < 800; i++) {
      tasks.add(PlanFilesForTests.Spec.task("Task " + i, "2026-03-02", "2026-03-27", 100));
    }
    byte[] file = PlanFilesForTests.mspdi(tasks);
    assertThat(file.length).as("the file is over 1 MB").isGreaterThan(1024 * 1024);
    LedgerHttp.Answer dry =
        new LedgerHttp(port)
            .upload(
                "manager", "secret", script.project + "/imports?dryRun=true", "large.xml", file);
    assertThat(dry.status()).as(dry.raw().body()).isEqualTo(200);
    assertThat(dry.json().get("created")).hasSize(800);

    String oversized = "{\"title\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
    assertThat(
            new LedgerHttp(port)
                .post("manager", "secret", script.project + "/decisions", oversized)
                .status())
        .isEqualTo(413);
  }

  private LedgerHttp.Answer upload(String user, String project, String name, byte[] bytes) {
    return new LedgerHttp(port).upload(user, "secret", project + "/imports", name, bytes);
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
  }

  /** A zip of one file of {@code megabytes} MB of zeros: a few kilobytes on the wire. */
  private static byte[] zipOfZeros(int megabytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("plan.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static Set<String> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}

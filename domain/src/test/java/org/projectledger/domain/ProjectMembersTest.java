package org.projectledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Refusals.refusedWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;

/**
 * Change requests, risks and stakeholders are members of their project with their own identity:
 * each command reaches the one it names, its events change only that one, and the project admits
 * the actor before the member is even looked up.
 */
class ProjectMembersTest {

  private static final UUID VENDOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  private static final UUID STAFF = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
  private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-0000000000e9");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static RiskLogged logged(UUID risk, String title, int probability, int impact) {
    return new RiskLogged(PROJECT, risk, title, probability, impact, "manager", null);
  }

  @Test
  void aReassessmentReachesOnlyTheRiskItNames() {
    fixture
        .given(
            Given.chartered(),
            logged(VENDOR, "Vendor insolvency", 2, 5),
            logged(STAFF, "Key staff leave", 3, 3),
            new RiskReassessed(PROJECT, VENDOR, 2, 5, 4, 5, "Credit rating cut"))
        .when(new ReassessRisk(PROJECT, STAFF, 1, 3, "Retention bonus agreed"), Given.manager())
        .expectEvents(new RiskReassessed(PROJECT, STAFF, 3, 3, 1, 3, "Retention bonus agreed"));
  }

  @Test
  void closingOneRiskLeavesTheOtherOpen() {
    fixture
        .given(
            Given.chartered(),
            logged(VENDOR, "Vendor insolvency", 2, 5),
            logged(STAFF, "Key staff leave", 3, 3),
            new RiskClosed(PROJECT, VENDOR, "Vendor replaced"))
        .when(new CloseRisk(PROJECT, STAFF, "Team stable"), Given.manager())
        .expectEvents(new RiskClosed(PROJECT, STAFF, "Team stable"));
  }

  @Test
  void aRiskTheProjectDoesNotHaveIsNotFound() {
    fixture
        .given(Given.chartered(), logged(VENDOR, "Vendor insolvency", 2, 5))
        .when(new ReassessRisk(PROJECT, UNKNOWN, 4, 5, "Credit rating cut"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void whoeverMayNotActLearnsNothingOfAMembersExistence() {
    fixture
        .given(Given.chartered())
        .when(new CloseRisk(PROJECT, UNKNOWN, "Gone"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aRisksIdNamesNoChangeRequest() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(logged(VENDOR, "Vendor insolvency", 2, 5))
        .when(
            new RejectChangeRequest(
                PROJECT, VENDOR, "No", Given.signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void theMembersCommandsNeedASignedInUser() {
    fixture
        .given(Given.chartered(), logged(VENDOR, "Vendor insolvency", 2, 5))
        .when(new CloseRisk(PROJECT, VENDOR, "Gone"), Map.of())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.UNAUTHENTICATED));
  }

  /** The aggregate stays small enough to read in one sitting (STYLE.md). */
  @Test
  void noClassOfTheDomainIsOverFourHundredLines() throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      List<String> tooLong =
          sources
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> lines(path) > 400)
              .map(Path::toString)
              .toList();
      assertThat(tooLong).isEmpty();
    }
  }

  private static long lines(Path path) {
    try (Stream<String> lines = Files.lines(path)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

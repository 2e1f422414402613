package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.schedule.ProjectCalendar;

class CharteringAProjectTest {

  private static final UUID PROJECT = UUID.fromString("7d3c2f4e-6a1b-4c3d-9e8f-0a1b2c3d4e5f");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void thePmoChartersAProjectWithItsWholeCharterWorkingMondayToFriday() {
    fixture
        .givenNoPriorActivity()
        .when(charter("PRJ-2026-014", "2026-03-01", "2026-12-31", "EUR"), Actors.pmo())
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new ProjectChartered(
                PROJECT,
                "PRJ-2026-014",
                "New ERP",
                "sponsor",
                "manager",
                "EUR",
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-12-31"),
                new Tolerances(10, new BigDecimal("5")),
                // No calendar in the charter: the project works Monday to Friday (third edition).
                ProjectCalendar.MONDAY_TO_FRIDAY));
  }

  @Test
  void aOneDayProjectStartsAndFinishesOnTheSameDay() {
    fixture
        .givenNoPriorActivity()
        .when(charter("PRJ-1", "2026-03-01", "2026-03-01", "EUR"), Actors.pmo())
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            exactSequenceOf(messageWithPayload(instanceOf(ProjectChartered.class)), andNoMore()));
  }

  @Test
  void aManagerCannotCharterAProject() {
    assertRefused(
        charter("PRJ-2026-014", "2026-03-01", "2026-12-31", "EUR"),
        Actors.as("manager", "MANAGER", "SPONSOR"),
        ErrorCode.FORBIDDEN);
  }

  @Test
  void aCommandWithoutASignedInActorIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(charter("PRJ-2026-014", "2026-03-01", "2026-12-31", "EUR"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.UNAUTHENTICATED));
  }

  @Test
  void aProjectCannotFinishBeforeItStarts() {
    assertRefused(
        charter("PRJ-2026-014", "2026-12-31", "2026-03-01", "EUR"),
        Actors.pmo(),
        ErrorCode.INVALID_DATES);
  }

  @Test
  void theCurrencyMustBeAnIso4217Code() {
    assertRefused(
        charter("PRJ-2026-014", "2026-03-01", "2026-12-31", "EUX"),
        Actors.pmo(),
        ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void theCodeMustHaveTheShapeOfAProjectCode() {
    assertRefused(
        charter("prj 14", "2026-03-01", "2026-12-31", "EUR"),
        Actors.pmo(),
        ErrorCode.VALIDATION_FAILED);
  }

  private void assertRefused(CharterProject command, Map<String, Object> metaData, ErrorCode code) {
    fixture
        .givenNoPriorActivity()
        .when(command, metaData)
        .expectNoEvents()
        .expectException(refusedWith(code));
  }

  private static CharterProject charter(String code, String start, String finish, String currency) {
    return new CharterProject(
        PROJECT,
        code,
        "New ERP",
        "sponsor",
        "manager",
        currency,
        LocalDate.parse(start),
        LocalDate.parse(finish),
        new Tolerances(10, new BigDecimal("5")));
  }
}

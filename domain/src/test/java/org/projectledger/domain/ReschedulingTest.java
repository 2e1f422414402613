package org.projectledger.domain;

import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.GO_LIVE;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Refusals.refusedWith;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.RescheduleMilestone;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.WorkPackageRescheduled;

class ReschedulingTest {

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void aRescheduleNeedsAReason() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(PROJECT, TEST, d("2026-05-02"), d("2026-05-31"), " ", false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aMoveThatLeavesSuccessorsInPlaceRecordsOneEvent() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, DESIGN, d("2026-01-15"), d("2026-02-20"), "Started early", false),
            Given.manager())
        .expectEvents(
            new WorkPackageRescheduled(
                PROJECT,
                DESIGN,
                d("2026-02-01"),
                d("2026-02-28"),
                d("2026-01-15"),
                d("2026-02-20"),
                "Started early",
                null));
  }

  @Test
  void withoutCascadeAMoveThatWouldOverrunASuccessorIsRefused() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, DESIGN, d("2026-02-01"), d("2026-03-10"), "Late design", false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void withCascadeEverySuccessorShiftsByTheDaysNeededEachWithItsOwnEventNamingTheCause() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, DESIGN, d("2026-02-01"), d("2026-03-10"), "Late design", true),
            Given.manager())
        .expectEvents(
            new WorkPackageRescheduled(
                PROJECT,
                DESIGN,
                d("2026-02-01"),
                d("2026-02-28"),
                d("2026-02-01"),
                d("2026-03-10"),
                "Late design",
                null),
            // Each successor shifts to start no earlier than its predecessor's finish day.
            new WorkPackageRescheduled(
                PROJECT,
                BUILD,
                d("2026-03-01"),
                d("2026-04-30"),
                d("2026-03-10"),
                d("2026-05-09"),
                "Late design",
                DESIGN),
            new WorkPackageRescheduled(
                PROJECT,
                TEST,
                d("2026-05-01"),
                d("2026-05-31"),
                d("2026-05-09"),
                d("2026-06-08"),
                "Late design",
                BUILD),
            new MilestoneRescheduled(
                PROJECT, GO_LIVE, d("2026-05-31"), d("2026-06-08"), "Late design", TEST));
  }

  @Test
  void aWorkPackageCannotMoveBeforeItsPredecessorFinishes() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, BUILD, d("2026-02-15"), d("2026-04-30"), "Start early", true),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void aCascadeCannotPushWorkBeyondTheProjectsFinish() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, BUILD, d("2026-03-01"), d("2026-12-15"), "Vendor delay", true),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.INVALID_DATES));
  }

  @Test
  void aMilestoneMovesWithItsReason() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleMilestone(PROJECT, GO_LIVE, d("2026-06-05"), "Board date", false),
            Given.manager())
        .expectEvents(
            new MilestoneRescheduled(
                PROJECT, GO_LIVE, d("2026-05-31"), d("2026-06-05"), "Board date", null));
  }

  @Test
  void afterTheBaselineADirectMoveWithinScheduleToleranceIsAllowed() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new RescheduleMilestone(PROJECT, GO_LIVE, d("2026-06-10"), "Ten days late", false),
            Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void afterTheBaselineADirectMoveBeyondScheduleToleranceMustGoThroughChangeControl() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new RescheduleMilestone(PROJECT, GO_LIVE, d("2026-06-11"), "Eleven days late", false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.TOLERANCE_EXCEEDED));
  }

  @Test
  void afterTheBaselineACascadeThatPushesAnyBaselinedFinishTooFarIsRefused() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new RescheduleWorkPackage(
                PROJECT, DESIGN, d("2026-02-01"), d("2026-03-12"), "Late design", true),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.TOLERANCE_EXCEEDED));
  }

  @Test
  void anUnknownWorkPackageIsNotFound() {
    fixture
        .given(Given.planned())
        .when(
            new RescheduleWorkPackage(
                PROJECT, GO_LIVE, d("2026-05-01"), d("2026-05-31"), "Wrong kind", false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }
}

package org.projectledger.domain;

import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.WorkPackagePlanned;

class PlanningTheScheduleTest {

  private static final UUID NEW = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerPlansAWorkPackageAfterItsPredecessor() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"), Given.design())
        .when(workPackage("2026-03-01", "2026-03-31", "5000", List.of(DESIGN)), Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                NEW,
                "Rollout",
                d("2026-03-01"),
                d("2026-03-31"),
                eur("5000"),
                List.of(DESIGN)));
  }

  @Test
  void onlyTheProjectsManagerPlans() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            workPackage("2026-03-01", "2026-03-31", "5000", List.of()),
            Actors.as("other", "MANAGER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aWorkPackageLiesWithinTheProjectsDates() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-12-01", "2027-01-31", "5000", List.of()), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.INVALID_DATES));
  }

  @Test
  void aWorkPackageCannotFinishBeforeItStarts() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-03-31", "2026-03-01", "5000", List.of()), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.INVALID_DATES));
  }

  @Test
  void aDependencyMustExist() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-03-01", "2026-03-31", "5000", List.of(DESIGN)), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void anItemCannotDependOnItselfForThatWouldBeACycle() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-03-01", "2026-03-31", "5000", List.of(NEW)), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_CYCLE));
  }

  @Test
  void aSuccessorCannotStartBeforeItsPredecessorFinishes() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"), Given.design())
        .when(workPackage("2026-02-27", "2026-03-31", "5000", List.of(DESIGN)), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  /**
   * Third edition: the ledger plans in whole days, so a finish-to-start successor may start on the
   * day its predecessor finishes (tasks of a few hours chained within one day, as plans hold them).
   */
  @Test
  void aSuccessorMayStartOnTheDayItsPredecessorFinishes() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"), Given.design())
        .when(workPackage("2026-02-28", "2026-03-31", "5000", List.of(DESIGN)), Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                NEW,
                "Rollout",
                d("2026-02-28"),
                d("2026-03-31"),
                eur("5000"),
                List.of(DESIGN)));
  }

  @Test
  void plannedCostNeverExceedsTheTotalBudget() {
    fixture
        .given(Given.chartered(), Given.labourLine("12000"), Given.design())
        .when(workPackage("2026-03-01", "2026-03-31", "2000.01", List.of()), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PLAN_EXCEEDS_BUDGET));
  }

  @Test
  void plannedCostUpToTheTotalBudgetIsFine() {
    fixture
        .given(Given.chartered(), Given.labourLine("12000"), Given.design())
        .when(workPackage("2026-03-01", "2026-03-31", "2000.00", List.of()), Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void moneyHasAtMostTwoDecimalsAndIsNeverNegative() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-03-01", "2026-03-31", "10.001", List.of()), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(workPackage("2026-03-01", "2026-03-31", "-1", List.of()), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aRepeatedIdIsAConflict() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"), Given.design())
        .when(
            new PlanWorkPackage(
                PROJECT,
                DESIGN,
                "Design again",
                d("2026-03-01"),
                d("2026-03-31"),
                eur("1"),
                List.of()),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void aMilestoneMayFallOnTheDayItsPredecessorFinishes() {
    fixture
        .given(Given.planned())
        .when(
            new PlanMilestone(PROJECT, NEW, "Build done", d("2026-04-30"), List.of(BUILD)),
            Given.manager())
        .expectEvents(
            new MilestonePlanned(PROJECT, NEW, "Build done", d("2026-04-30"), List.of(BUILD)));
  }

  @Test
  void aMilestoneCannotFallBeforeItsPredecessorFinishes() {
    fixture
        .given(Given.planned())
        .when(
            new PlanMilestone(PROJECT, NEW, "Build done", d("2026-04-29"), List.of(BUILD)),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void afterTheBaselineNewWorkStaysWithinCostTolerance() {
    // Baseline total 80,000, tolerance 5 %: up to 4,000 more may be planned directly.
    fixture
        .given(Given.baselinedPlan())
        .when(workPackage("2026-06-01", "2026-06-30", "4000.01", List.of(TEST)), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.TOLERANCE_EXCEEDED));
    fixture
        .given(Given.baselinedPlan())
        .when(workPackage("2026-06-01", "2026-06-30", "4000", List.of(TEST)), Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  private static PlanWorkPackage workPackage(
      String start, String finish, String cost, List<UUID> dependsOn) {
    return new PlanWorkPackage(PROJECT, NEW, "Rollout", d(start), d(finish), eur(cost), dependsOn);
  }
}

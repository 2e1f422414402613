package org.projectledger.domain;

import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanSummary;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.SummaryPlanned;
import org.projectledger.api.schedule.WorkPackagePlanned;

/**
 * The WBS (DOMAIN.md, third edition): the manager adds summary elements, under another or at the
 * top, and plans work packages and milestones under them; an element sits only under a summary
 * element the project holds; a summary is never planned (no dates, no cost: they roll up).
 */
class BuildingTheWbsTest {

  private static final UUID PHASE = UUID.fromString("00000000-0000-4000-8000-0000000000a7");
  private static final UUID STAGE = UUID.fromString("00000000-0000-4000-8000-0000000000a8");
  private static final UUID SURVEY = UUID.fromString("00000000-0000-4000-8000-0000000000a9");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerAddsSummaryElementsUnderOneAnotherAndPlansWorkUnderThem() {
    fixture
        .given(Given.planned())
        .when(new PlanSummary(PROJECT, PHASE, "Phase 1", null), Given.manager())
        .expectEvents(new SummaryPlanned(PROJECT, PHASE, "Phase 1", null, null));
    fixture
        .given(Given.planned())
        .andGiven(new SummaryPlanned(PROJECT, PHASE, "Phase 1", null, null))
        .when(new PlanSummary(PROJECT, STAGE, "Stage 1.1", PHASE), Given.manager())
        .expectEvents(new SummaryPlanned(PROJECT, STAGE, "Stage 1.1", PHASE, null));
    fixture
        .given(Given.planned())
        .andGiven(new SummaryPlanned(PROJECT, PHASE, "Phase 1", null, null))
        .when(
            new PlanWorkPackage(
                PROJECT,
                SURVEY,
                "Survey",
                d("2026-02-02"),
                d("2026-02-13"),
                eur("1000"),
                List.of(),
                null,
                PHASE),
            Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                SURVEY,
                "Survey",
                d("2026-02-02"),
                d("2026-02-13"),
                eur("1000"),
                List.of(),
                null,
                null,
                PHASE));
  }

  @Test
  void anElementSitsOnlyUnderASummaryElementTheProjectHolds() {
    // Not under an unknown id, nor under a work package.
    fixture
        .given(Given.planned())
        .when(new PlanSummary(PROJECT, STAGE, "Stage", PHASE), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
    fixture
        .given(Given.planned())
        .when(
            new PlanMilestone(
                PROJECT, SURVEY, "Survey done", d("2026-02-13"), List.of(), null, DESIGN),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void aSummaryNeedsANameAndANewId() {
    fixture
        .given(Given.planned())
        .when(new PlanSummary(PROJECT, PHASE, " ", null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.planned())
        .when(new PlanSummary(PROJECT, DESIGN, "Design phase", null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }
}

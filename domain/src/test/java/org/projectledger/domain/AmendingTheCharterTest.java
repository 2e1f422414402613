package org.projectledger.domain;

import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.charter.AmendCharter;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.charter.ReassignProjectRole;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.schedule.CancelMilestone;

/**
 * The charter is amended, never rewritten (DOMAIN.md, second edition): the sponsor signs new dates,
 * name or tolerances that keep every planned item inside the project; the PMO signs a new manager
 * or sponsor, and a project's sponsor is never its manager, from its charter on.
 */
class AmendingTheCharterTest {

  private static final Tolerances TOLERANCES = new Tolerances(10, new BigDecimal("5"));

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theSponsorAmendsTheDatesAndTolerancesWithASignature() {
    Tolerances wider = new Tolerances(20, new BigDecimal("8"));
    fixture
        .given(Given.baselinedPlan())
        .when(
            new AmendCharter(
                PROJECT,
                null,
                null,
                d("2027-03-31"),
                wider,
                "Phase two added",
                signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(
            new CharterAmended(
                PROJECT,
                "New ERP",
                "New ERP",
                d("2026-01-01"),
                d("2026-01-01"),
                d("2026-12-31"),
                d("2027-03-31"),
                TOLERANCES,
                wider,
                "Phase two added",
                signedBy("sponsor", SignatureMeaning.APPROVAL)));
  }

  @Test
  void newDatesMustKeepEveryPlannedItemInsideTheProject() {
    fixture
        .given(Given.planned())
        .when(
            new AmendCharter(
                PROJECT,
                null,
                d("2026-03-01"),
                null,
                null,
                "Late start",
                signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.INVALID_DATES));
  }

  @Test
  void onlyTheSponsorAmendsTheCharterAndWithTheirOwnSignature() {
    refusedOnThePlan(renamedSignedBy("manager"), Given.manager(), ErrorCode.FORBIDDEN);
    refusedOnThePlan(renamedSignedBy("pmo"), Given.sponsor(), ErrorCode.SIGNATURE_INVALID);
  }

  private static AmendCharter renamedSignedBy(String signer) {
    return new AmendCharter(
        PROJECT, "ERP", null, null, null, "Shorter", signedBy(signer, SignatureMeaning.APPROVAL));
  }

  private void refusedOnThePlan(Object command, Map<String, Object> actor, ErrorCode code) {
    fixture
        .given(Given.planned())
        .when(command, actor)
        .expectNoEvents()
        .expectException(refusedWith(code));
  }

  @Test
  void thePmoHandsTheManagersPartToAnotherUser() {
    fixture
        .given(Given.planned())
        .when(
            new ReassignProjectRole(
                PROJECT,
                ProjectRole.MANAGER,
                "morgan",
                "Parental leave",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
            Actors.pmo())
        .expectEvents(
            new ProjectRoleReassigned(
                PROJECT,
                ProjectRole.MANAGER,
                "manager",
                "morgan",
                "Parental leave",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY)));
  }

  @Test
  void theSponsorIsNeverTheManager() {
    refusedOnThePlan(
        new ReassignProjectRole(
            PROJECT,
            ProjectRole.MANAGER,
            "sponsor",
            "Cost saving",
            signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
        Actors.pmo(),
        ErrorCode.SEGREGATION_OF_DUTIES);
    fixture
        .givenNoPriorActivity()
        .when(
            new CharterProject(
                PROJECT,
                "PRJ-2026-015",
                "One person",
                "sam",
                "sam",
                "EUR",
                d("2026-01-01"),
                d("2026-12-31"),
                TOLERANCES),
            Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.SEGREGATION_OF_DUTIES));
  }

  @Test
  void afterAReassignmentTheNewManagerActsAndTheOldOneNoLonger() {
    fixture
        .given(Given.planned())
        .andGiven(
            new ProjectRoleReassigned(
                PROJECT,
                ProjectRole.MANAGER,
                "manager",
                "morgan",
                "Parental leave",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY)))
        .when(new CancelMilestone(PROJECT, Given.GO_LIVE, "Descoped"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }
}

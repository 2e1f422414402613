package org.projectledger.domain;

import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.quality.AcceptDeliverable;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.AcceptanceWaived;
import org.projectledger.api.quality.DeliverableAccepted;
import org.projectledger.api.quality.DeliverableRejected;
import org.projectledger.api.quality.DeliverableState;
import org.projectledger.api.quality.DeliverableSubmitted;
import org.projectledger.api.quality.RejectDeliverable;
import org.projectledger.api.quality.SetAcceptanceCriteria;
import org.projectledger.api.quality.SubmitDeliverable;
import org.projectledger.api.quality.WaiveAcceptance;
import org.projectledger.api.schedule.AssignWorkPackageOwner;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;

/**
 * Quality and acceptance: criteria and an acceptor per work package, submission by the manager or
 * the owner, acceptance by the acceptor and never by the submitter, the sponsor's waiver, and the
 * hand-over that waits for them all. Owners report their work package's progress.
 */
class AcceptingDeliverablesTest {

  private static final List<String> CRITERIA =
      List.of("Every interface specified", "Signed off by the architects");
  private static final AcceptanceCriteriaSet CRITERIA_SET =
      new AcceptanceCriteriaSet(PROJECT, DESIGN, CRITERIA, "sponsor");
  private static final DeliverableSubmitted SUBMITTED =
      new DeliverableSubmitted(PROJECT, DESIGN, 1, "manager", "Design pack v1");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerNamesCriteriaAndAnAcceptor() {
    fixture
        .given(Given.planned())
        .when(new SetAcceptanceCriteria(PROJECT, DESIGN, CRITERIA, "sponsor"), Given.manager())
        .expectEvents(CRITERIA_SET);
    fixture
        .given(Given.planned())
        .when(new SetAcceptanceCriteria(PROJECT, DESIGN, List.of(), "sponsor"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.planned())
        .when(
            new SetAcceptanceCriteria(PROJECT, Given.GO_LIVE, CRITERIA, "sponsor"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void theOwnerSubmitsAndTheAcceptorAcceptsSigned() {
    fixture
        .given(Given.planned())
        .andGiven(new WorkPackageOwnerAssigned(PROJECT, DESIGN, null, "bob"), CRITERIA_SET)
        .when(new SubmitDeliverable(PROJECT, DESIGN, "Design pack v1"), Actors.as("bob", "MANAGER"))
        .expectEvents(new DeliverableSubmitted(PROJECT, DESIGN, 1, "bob", "Design pack v1"));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .when(
            new AcceptDeliverable(
                PROJECT, DESIGN, "Meets both", signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(
            new DeliverableAccepted(
                PROJECT,
                DESIGN,
                1,
                "manager",
                "Meets both",
                signedBy("sponsor", SignatureMeaning.APPROVAL)));
  }

  @Test
  void theAcceptorNeverAcceptsWhatTheyThemselvesSubmitted() {
    // A PMO user named acceptor and also owner of the work package: segregation of duties.
    AcceptanceCriteriaSet byPmo = new AcceptanceCriteriaSet(PROJECT, DESIGN, CRITERIA, "pat");
    fixture
        .given(Given.planned())
        .andGiven(
            new WorkPackageOwnerAssigned(PROJECT, DESIGN, null, "pat"),
            byPmo,
            new DeliverableSubmitted(PROJECT, DESIGN, 1, "pat", "Design pack v1"))
        .when(
            new AcceptDeliverable(
                PROJECT, DESIGN, "Fine", signedBy("pat", SignatureMeaning.APPROVAL)),
            Actors.as("pat", "PMO"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.SEGREGATION_OF_DUTIES));
  }

  @Test
  void onlyTheNamedAcceptorAsSponsorOrPmoDecidesSignedForApproval() {
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .when(
            new AcceptDeliverable(
                PROJECT, DESIGN, null, signedBy("pmo", SignatureMeaning.APPROVAL)),
            Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .when(
            new AcceptDeliverable(
                PROJECT, DESIGN, null, signedBy("sponsor", SignatureMeaning.REVIEW)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.SIGNATURE_INVALID));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET)
        .when(
            new AcceptDeliverable(
                PROJECT, DESIGN, null, signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DELIVERABLE_STATE));
  }

  @Test
  void aRejectedDeliverableIsSubmittedAgain() {
    DeliverableRejected rejected =
        new DeliverableRejected(
            PROJECT,
            DESIGN,
            1,
            "manager",
            "Interfaces to payroll missing",
            signedBy("sponsor", SignatureMeaning.APPROVAL));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .when(
            new RejectDeliverable(
                PROJECT,
                DESIGN,
                "Interfaces to payroll missing",
                signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(rejected);
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED, rejected)
        .when(new SubmitDeliverable(PROJECT, DESIGN, "Design pack v2"), Given.manager())
        .expectEvents(new DeliverableSubmitted(PROJECT, DESIGN, 2, "manager", "Design pack v2"));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .when(new SubmitDeliverable(PROJECT, DESIGN, "Again"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DELIVERABLE_STATE));
  }

  @Test
  void aWorkPackageWithoutCriteriaHasNoDeliverableToSubmit() {
    fixture
        .given(Given.planned())
        .when(new SubmitDeliverable(PROJECT, BUILD, "Build done"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void criteriaOfAnAcceptedDeliverableNoLongerChange() {
    fixture
        .given(Given.planned())
        .andGiven(
            CRITERIA_SET,
            SUBMITTED,
            new DeliverableAccepted(
                PROJECT,
                DESIGN,
                1,
                "manager",
                null,
                signedBy("sponsor", SignatureMeaning.APPROVAL)))
        .when(
            new SetAcceptanceCriteria(PROJECT, DESIGN, List.of("More"), "sponsor"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DELIVERABLE_STATE));
  }

  private static Object[] completeAndBaselined() {
    return new Object[] {
      Given.baselined(),
      new ProgressReported(PROJECT, DESIGN, 0, 100, d("2026-05-31"), null),
      new ProgressReported(PROJECT, BUILD, 0, 100, d("2026-05-31"), null),
      new ProgressReported(PROJECT, TEST, 0, 100, d("2026-05-31"), null)
    };
  }

  @Test
  void theHandOverWaitsForEveryDeliverableAcceptedOrWaived() {
    HandOverToOperations handOver =
        new HandOverToOperations(PROJECT, "Live", signedBy("sponsor", SignatureMeaning.APPROVAL));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .andGiven(completeAndBaselined())
        .when(handOver, Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DELIVERABLES_NOT_ACCEPTED));
    AcceptanceWaived waived =
        new AcceptanceWaived(
            PROJECT,
            DESIGN,
            DeliverableState.SUBMITTED,
            "Superseded by the vendor's design",
            signedBy("sponsor", SignatureMeaning.APPROVAL));
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .andGiven(completeAndBaselined())
        .when(
            new WaiveAcceptance(
                PROJECT,
                DESIGN,
                "Superseded by the vendor's design",
                signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(waived);
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET, SUBMITTED)
        .andGiven(completeAndBaselined())
        .andGiven(waived)
        .when(handOver, Given.sponsor())
        .expectEvents(
            new ProjectHandedOver(
                PROJECT,
                "Live",
                signedBy("sponsor", SignatureMeaning.APPROVAL),
                3,
                ProjectState.EXECUTING,
                ProjectState.IN_MAINTENANCE));
  }

  @Test
  void onlyTheSponsorWaives() {
    fixture
        .given(Given.planned())
        .andGiven(CRITERIA_SET)
        .when(
            new WaiveAcceptance(
                PROJECT, DESIGN, "Not needed", signedBy("manager", SignatureMeaning.APPROVAL)),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void theOwnerReportsProgressOfTheirWorkPackageOnly() {
    fixture
        .given(Given.planned())
        .when(new AssignWorkPackageOwner(PROJECT, BUILD, "bob"), Given.manager())
        .expectEvents(new WorkPackageOwnerAssigned(PROJECT, BUILD, null, "bob"));
    fixture
        .given(Given.planned())
        .andGiven(new WorkPackageOwnerAssigned(PROJECT, BUILD, null, "bob"))
        .when(
            new ReportProgress(PROJECT, BUILD, 40, d("2026-03-31"), null),
            Actors.as("bob", "MANAGER"))
        .expectEvents(new ProgressReported(PROJECT, BUILD, 0, 40, d("2026-03-31"), null));
    fixture
        .given(Given.planned())
        .andGiven(new WorkPackageOwnerAssigned(PROJECT, BUILD, null, "bob"))
        .when(
            new ReportProgress(PROJECT, DESIGN, 40, d("2026-02-14"), null),
            Actors.as("bob", "MANAGER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
    fixture
        .given(Given.planned())
        .when(new AssignWorkPackageOwner(PROJECT, BUILD, "bob"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }
}

package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.GO_LIVE;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.CancelMilestone;
import org.projectledger.api.schedule.CancelWorkPackage;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.WorkPackageCancelled;

/**
 * A work package or milestone no longer wanted is cancelled, never deleted (DOMAIN.md, second
 * edition): directly before the first baseline, by change request after it; never while others
 * depend on it; afterwards it takes no progress or costs and no longer counts for hand-over.
 */
class CancellingItemsTest {

  private static final UUID CR = UUID.fromString("00000000-0000-4000-8000-0000000000e2");
  private static final String APPROVED = "Change request approved: Descope testing";

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void beforeTheBaselineTheManagerCancelsAnItemNothingDependsOn() {
    fixture
        .given(Given.planned())
        .when(
            new CancelMilestone(PROJECT, GO_LIVE, "Go-live moved to the next project"),
            Given.manager())
        .expectEvents(
            new MilestoneCancelled(PROJECT, GO_LIVE, "Go-live moved to the next project", null));
  }

  @Test
  void anItemOthersDependOnCannotBeCancelled() {
    fixture
        .given(Given.planned())
        .when(new CancelWorkPackage(PROJECT, TEST, "Descoped"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.HAS_DEPENDANTS));
  }

  @Test
  void aCancellationNeedsAReason() {
    fixture
        .given(Given.planned())
        .when(new CancelMilestone(PROJECT, GO_LIVE, ""), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void afterTheBaselineACancellationGoesThroughChangeControl() {
    fixture
        .given(Given.baselinedPlan())
        .when(new CancelMilestone(PROJECT, GO_LIVE, "Descoped"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_CONTROL_REQUIRED));
  }

  @Test
  void aCancelledWorkPackageTakesNoProgressAndNoCosts() {
    fixture
        .given(Given.planned())
        .andGiven(
            new MilestoneCancelled(PROJECT, GO_LIVE, "Descoped", null),
            new WorkPackageCancelled(PROJECT, TEST, "Descoped", null))
        .when(new ReportProgress(PROJECT, TEST, 10, d("2026-05-10"), null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ITEM_CANCELLED));
    fixture
        .given(Given.planned())
        .andGiven(
            new MilestoneCancelled(PROJECT, GO_LIVE, "Descoped", null),
            new WorkPackageCancelled(PROJECT, TEST, "Descoped", null))
        .when(
            new RecordCost(
                PROJECT,
                UUID.randomUUID(),
                LABOUR,
                TEST,
                eur("100"),
                "EUR",
                d("2026-05-10"),
                "INV-9",
                null),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ITEM_CANCELLED));
  }

  @Test
  void anApprovedChangeRequestCancelsItemsTogetherAndTheBaselineLeavesThemOut() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised())
        .when(approve(), Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(instanceOf(ChangeRequestApproved.class)),
                messageWithPayload(equalTo(new MilestoneCancelled(PROJECT, GO_LIVE, APPROVED, CR))),
                messageWithPayload(equalTo(new WorkPackageCancelled(PROJECT, TEST, APPROVED, CR))),
                messageWithPayload(
                    allOf(
                        instanceOf(BaselineRevised.class),
                        new FeatureMatcher<BaselineRevised, Object>(
                            equalTo(List.of(DESIGN, BUILD)), "frozen items", "items") {
                          @Override
                          protected Object featureValueOf(BaselineRevised actual) {
                            return actual.items().stream().map(item -> item.itemId()).toList();
                          }
                        })),
                andNoMore()));
  }

  @Test
  void aCancelledWorkPackageNeedNotBeCompleteForHandOver() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised())
        .andGiven(
            new ChangeRequestApproved(
                PROJECT, CR, "Agreed", signedBy("sponsor", SignatureMeaning.APPROVAL)),
            new MilestoneCancelled(PROJECT, GO_LIVE, APPROVED, CR),
            new WorkPackageCancelled(PROJECT, TEST, APPROVED, CR),
            new ProgressReported(PROJECT, DESIGN, 0, 100, d("2026-02-28"), null),
            new ProgressReported(PROJECT, BUILD, 0, 100, d("2026-04-30"), null))
        .when(
            new HandOverToOperations(
                PROJECT,
                "Live without the test phase",
                signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(
            new ProjectHandedOver(
                PROJECT,
                "Live without the test phase",
                signedBy("sponsor", SignatureMeaning.APPROVAL),
                2,
                ProjectState.EXECUTING,
                ProjectState.IN_MAINTENANCE));
  }

  private static ChangeRequestRaised raised() {
    return new ChangeRequestRaised(
        PROJECT,
        CR,
        "Descope testing",
        "The client tests",
        List.of(ProposedChange.cancelMilestone(GO_LIVE), ProposedChange.cancelWorkPackage(TEST)),
        "manager");
  }

  private static ApproveChangeRequest approve() {
    return new ApproveChangeRequest(
        PROJECT, CR, "Agreed", signedBy("sponsor", SignatureMeaning.APPROVAL));
  }
}

package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.GO_LIVE;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.changecontrol.WithdrawChangeRequest;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;

class BaselinesAndChangeControlTest {

  private static final UUID CR = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theSponsorSetsTheFirstBaselineAndTheProjectStartsExecuting() {
    fixture
        .given(Given.planned())
        .when(
            new SetBaseline(PROJECT, "Plan agreed", signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEvents(Given.baselined());
  }

  @Test
  void onlyTheProjectsSponsorSetsABaseline() {
    fixture
        .given(Given.planned())
        .when(
            new SetBaseline(PROJECT, "Plan agreed", signedBy("manager", SignatureMeaning.APPROVAL)),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aSignedActCarriesTheActorsOwnSignature() {
    fixture
        .given(Given.planned())
        .when(
            new SetBaseline(PROJECT, "Plan agreed", signedBy("manager", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.SIGNATURE_INVALID));
  }

  @Test
  void aSecondBaselineIsNumberedTwoAndKeepsTheProjectExecuting() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new SetBaseline(PROJECT, "Re-plan", signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(
                    allOf(
                        instanceOf(BaselineSet.class),
                        feature("baselineNumber", (BaselineSet e) -> e.baselineNumber(), 2),
                        feature(
                            "newState", (BaselineSet e) -> e.newState(), ProjectState.EXECUTING))),
                andNoMore()));
  }

  @Test
  void changeRequestsBeginAfterTheFirstBaseline() {
    fixture
        .given(Given.planned())
        .when(raise(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_BASELINED));
  }

  @Test
  void theManagerRaisesAChangeRequestThatNamesItsRequester() {
    ProposedChange change = ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"));
    fixture
        .given(Given.baselinedPlan())
        .when(raise(change), Given.manager())
        .expectEvents(
            new ChangeRequestRaised(
                PROJECT, CR, "Later go-live", "Data migration", List.of(change), "manager"));
  }

  @Test
  void aChangeRequestNamingAnUnknownItemIsRefused() {
    fixture
        .given(Given.baselinedPlan())
        .when(raise(ProposedChange.changePlannedCost(UUID.randomUUID(), eur("1"))), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void approvalAppliesEveryProposedChangeAndRevisesTheBaseline() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            raised(
                ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15")),
                ProposedChange.increaseBudget(LABOUR, eur("10000")),
                ProposedChange.changePlannedCost(BUILD, eur("60000"))))
        .when(approve("sponsor"), Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(instanceOf(ChangeRequestApproved.class)),
                messageWithPayload(
                    equalTo(
                        new MilestoneRescheduled(
                            PROJECT,
                            GO_LIVE,
                            d("2026-05-31"),
                            d("2026-07-15"),
                            "Change request approved: Later go-live",
                            CR))),
                messageWithPayload(
                    equalTo(new BudgetIncreased(PROJECT, LABOUR, eur("80000"), eur("90000"), CR))),
                messageWithPayload(
                    equalTo(
                        new PlannedCostChanged(
                            PROJECT,
                            BUILD,
                            eur("50000"),
                            eur("60000"),
                            "Change request approved: Later go-live",
                            CR))),
                messageWithPayload(
                    allOf(
                        instanceOf(BaselineRevised.class),
                        feature("baselineNumber", (BaselineRevised e) -> e.baselineNumber(), 2),
                        feature(
                            "totalPlannedCost",
                            (BaselineRevised e) -> e.totalPlannedCost(),
                            eur("90000")))),
                andNoMore()));
  }

  @Test
  void approvalIsAllOrNothingOneBrokenChangeRecordsNone() {
    // Raising the cost of Build by 30,000 without more budget leaves the plan uncovered.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            raised(
                ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15")),
                ProposedChange.changePlannedCost(BUILD, eur("80000"))))
        .when(approve("sponsor"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PLAN_EXCEEDS_BUDGET));
  }

  @Test
  void approvalKeepsDependenciesWhole() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-05-15"))))
        .when(approve("sponsor"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void onlyTheSponsorDecidesAChangeRequest() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))))
        .when(approve("manager"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aSponsorWhoAlsoManagesCannotApproveTheirOwnChangeRequest() {
    fixture
        .given(
            Given.chartered("sam", "sam"),
            Given.labourLine("80000"),
            Given.design(),
            Given.baselined())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                CR,
                "Later design",
                "Vendor",
                List.of(ProposedChange.changePlannedCost(Given.DESIGN, eur("12000"))),
                "sam"))
        .when(approve("sam"), Actors.as("sam", "SPONSOR", "MANAGER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.SEGREGATION_OF_DUTIES));
  }

  @Test
  void theSponsorRejectsWithASignature() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))))
        .when(
            new RejectChangeRequest(
                PROJECT, CR, "Not now", signedBy("sponsor", SignatureMeaning.REVIEW)),
            Given.sponsor())
        .expectEvents(
            new ChangeRequestRejected(
                PROJECT, CR, "Not now", signedBy("sponsor", SignatureMeaning.REVIEW)));
  }

  @Test
  void aDecidedChangeRequestCannotBeDecidedAgain() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            raised(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))),
            new ChangeRequestRejected(
                PROJECT, CR, "Not now", signedBy("sponsor", SignatureMeaning.REVIEW)))
        .when(approve("sponsor"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_REQUEST_NOT_OPEN));
  }

  @Test
  void theManagerWithdrawsAnOpenChangeRequestWithAReason() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(raised(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))))
        .when(new WithdrawChangeRequest(PROJECT, CR, "Found a workaround"), Given.manager())
        .expectEvents(new ChangeRequestWithdrawn(PROJECT, CR, "Found a workaround"));
  }

  private static RaiseChangeRequest raise(ProposedChange... changes) {
    return new RaiseChangeRequest(PROJECT, CR, "Later go-live", "Data migration", List.of(changes));
  }

  private static ChangeRequestRaised raised(ProposedChange... changes) {
    return new ChangeRequestRaised(
        PROJECT, CR, "Later go-live", "Data migration", List.of(changes), "manager");
  }

  private static ApproveChangeRequest approve(String signer) {
    return new ApproveChangeRequest(
        PROJECT, CR, "Agreed", signedBy(signer, SignatureMeaning.APPROVAL));
  }

  private static <T, V> Matcher<T> feature(
      String name, java.util.function.Function<T, V> getter, V expected) {
    return new FeatureMatcher<T, V>(equalTo(expected), name, name) {
      @Override
      protected V featureValueOf(T actual) {
        return getter.apply(actual);
      }
    };
  }
}

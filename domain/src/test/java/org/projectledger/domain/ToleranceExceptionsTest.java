package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.tolerance.CheckTolerances;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;

/**
 * Tolerances are PRINCE2 exceptions, raised and cleared, measured by the dashboard's one definition
 * of earned value on the day a command is recorded on. The baseline totals 80,000 with a 5 % cost
 * tolerance: EAC may reach 84,000. Design (10,000) is half done.
 */
class ToleranceExceptionsTest {

  private static final UUID FIRST_COST = UUID.fromString("00000000-0000-4000-8000-00000000c001");
  private static final UUID SECOND_COST = UUID.fromString("00000000-0000-4000-8000-00000000c002");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void aBreachIsClearedWhenTheEstimateComesBackWithinTolerance() {
    // 60 % done for 5,400 spent: CPI 1.111, EAC 72,000.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(breachedAt5400())
        .when(new ReportProgress(PROJECT, DESIGN, 60, d("2026-02-20"), null), Given.manager())
        .expectEvents(
            new ProgressReported(PROJECT, DESIGN, 50, 60, d("2026-02-20"), null),
            new ToleranceRestored(
                PROJECT, ToleranceKind.COST, null, 1, eur("84000.00"), eur("72000.00")));
  }

  @Test
  void aBreachIsRaisedAgainAfterItWasCleared() {
    // 60 % done for 6,400 spent: CPI 0.9375, EAC 85,333.33.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(breachedAt5400())
        .andGiven(
            new ProgressReported(PROJECT, DESIGN, 50, 60, d("2026-02-20"), null),
            new ToleranceRestored(
                PROJECT, ToleranceKind.COST, null, 1, eur("84000.00"), eur("72000.00")))
        .when(cost(SECOND_COST, "1000", "2026-02-21"), Given.manager())
        .expectEvents(
            recorded(SECOND_COST, "1000", "2026-02-21", "5400", "6400"),
            new ToleranceBreached(
                PROJECT,
                ToleranceKind.COST,
                SECOND_COST,
                1,
                eur("80000"),
                new BigDecimal("5"),
                eur("84000.00"),
                eur("85333.33")));
  }

  @Test
  void aCostIncurredAfterTheDayItIsRecordedOnDoesNotCountYet() {
    // On 1 March the invoice of 10 March is not an actual yet, as on the dashboard of that day:
    // AC 0, EV 5,000, so EAC is AC + (BAC − EV) = 75,000, within tolerance.
    Map<String, Object> onTheFirstOfMarch = new HashMap<>(Given.manager());
    onTheFirstOfMarch.put(MetaDataKeys.RECORDED_ON, "2026-03-01");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null))
        .when(cost(FIRST_COST, "5400", "2026-03-10"), onTheFirstOfMarch)
        .expectEvents(recorded(FIRST_COST, "5400", "2026-03-10", "0", "5400"));
  }

  @Test
  void progressReportedForALaterDayDoesNotEarnYet() {
    // Recorded on 27 February, the 90 % that Design will reach on 15 March earns nothing yet: the
    // breach stands (EV 5,000 for 5,400 spent).
    Map<String, Object> on27February = new HashMap<>(Given.manager());
    on27February.put(MetaDataKeys.RECORDED_ON, "2026-02-27");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(breachedAt5400())
        .when(new ReportProgress(PROJECT, DESIGN, 90, d("2026-03-15"), null), on27February)
        .expectEvents(new ProgressReported(PROJECT, DESIGN, 50, 90, d("2026-03-15"), null));
  }

  @Test
  void theLedgersDailyCheckRaisesTheBreachOnceACostDatedAheadFallsDue() {
    // The invoice of 10 March was recorded on 1 March; on 11 March it is an actual: EAC 86,400.
    // And Design, due on 28 February, is half done: its 14 remaining days push Build, Test and
    // go-live to 25 June, beyond 31 May plus 10 days.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null),
            recorded(FIRST_COST, "5400", "2026-03-10", "0", "5400"))
        .when(new CheckTolerances(PROJECT), ledgerOn("2026-03-11"))
        .expectEvents(
            new ToleranceBreached(
                PROJECT,
                ToleranceKind.COST,
                null,
                1,
                eur("80000"),
                new BigDecimal("5"),
                eur("84000.00"),
                eur("86400.00")),
            new ToleranceBreached(
                PROJECT,
                ToleranceKind.SCHEDULE,
                null,
                1,
                null,
                null,
                null,
                null,
                d("2026-05-31"),
                10,
                d("2026-06-25")));
  }

  @Test
  void lateWorkBreachesTheScheduleToleranceAndFinishingItRestoresIt() {
    // On 11 March Design (due 28 February) is not started: its 28 days push go-live to 9 July.
    fixture
        .given(Given.baselinedPlan())
        .when(new CheckTolerances(PROJECT), ledgerOn("2026-03-11"))
        .expectEvents(scheduleBreach("2026-07-09"));
    // Reported done on the 12th, it no longer pushes anything: the forecast is the plan again.
    Map<String, Object> on12March = new HashMap<>(Given.manager());
    on12March.put(MetaDataKeys.RECORDED_ON, "2026-03-12");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(scheduleBreach("2026-07-09"))
        .when(new ReportProgress(PROJECT, DESIGN, 100, d("2026-03-12"), null), on12March)
        .expectEvents(
            new ProgressReported(PROJECT, DESIGN, 0, 100, d("2026-03-12"), null),
            new ToleranceRestored(
                PROJECT,
                ToleranceKind.SCHEDULE,
                null,
                1,
                null,
                null,
                d("2026-06-10"),
                d("2026-05-31")));
  }

  private static ToleranceBreached scheduleBreach(String forecast) {
    return new ToleranceBreached(
        PROJECT,
        ToleranceKind.SCHEDULE,
        null,
        1,
        null,
        null,
        null,
        null,
        d("2026-05-31"),
        10,
        d(forecast));
  }

  @Test
  void anApprovalThatDoesNotCureAnOverrunRaisesTheBreachAgainstTheRevisedBaseline() {
    // Build re-costed to 51,000: the revised baseline totals 81,000 (limit 85,050), and EAC is
    // still 81,000 ÷ (5,000 ÷ 5,400) = 87,480.
    UUID request = UUID.fromString("00000000-0000-4000-8000-0000000000e9");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(breachedAt5400())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                request,
                "Build costs more",
                "Licences",
                List.of(ProposedChange.changePlannedCost(Given.BUILD, eur("51000"))),
                "manager"))
        .when(
            new ApproveChangeRequest(
                PROJECT, request, "Agreed", Given.signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(instanceOf(ChangeRequestApproved.class)),
                messageWithPayload(instanceOf(PlannedCostChanged.class)),
                messageWithPayload(instanceOf(BaselineRevised.class)),
                messageWithPayload(
                    equalTo(
                        new ToleranceBreached(
                            PROJECT,
                            ToleranceKind.COST,
                            null,
                            2,
                            eur("81000"),
                            new BigDecimal("5"),
                            eur("85050.00"),
                            eur("87480.00")))),
                andNoMore()));
  }

  @Test
  void theDailyCheckRecordsNothingWhereNothingChangedAndOnlyTheLedgerRunsIt() {
    fixture
        .given(Given.baselinedPlan())
        .when(new CheckTolerances(PROJECT), ledgerOn("2026-02-21"))
        .expectNoEvents();
    fixture
        .given(Given.planned())
        .when(new CheckTolerances(PROJECT), ledgerOn("2026-03-11"))
        .expectNoEvents();
    fixture
        .given(Given.baselinedPlan())
        .when(new CheckTolerances(PROJECT), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  private static Map<String, Object> ledgerOn(String day) {
    return Map.of(
        MetaDataKeys.ACTOR,
        Actor.TOLERANCE_CHECK.userName(),
        MetaDataKeys.ACTOR_NAME,
        Actor.TOLERANCE_CHECK.fullName(),
        MetaDataKeys.ROLES,
        List.of(),
        MetaDataKeys.RECORDED_ON,
        day);
  }

  /** Design half done, 5,400 spent on it: EAC 86,400, beyond the limit. */
  private static Object[] breachedAt5400() {
    return new Object[] {
      new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null),
      recorded(FIRST_COST, "5400", "2026-02-10", "0", "5400"),
      new ToleranceBreached(
          PROJECT,
          ToleranceKind.COST,
          FIRST_COST,
          1,
          eur("80000"),
          new BigDecimal("5"),
          eur("84000.00"),
          eur("86400.00"))
    };
  }

  private static RecordCost cost(UUID costId, String amount, String incurredOn) {
    return new RecordCost(
        PROJECT, costId, LABOUR, DESIGN, eur(amount), "EUR", d(incurredOn), "INV", null);
  }

  private static CostRecorded recorded(
      UUID costId, String amount, String incurredOn, String before, String after) {
    return new CostRecorded(
        PROJECT,
        costId,
        LABOUR,
        DESIGN,
        eur(amount),
        "EUR",
        d(incurredOn),
        "INV",
        null,
        eur(before),
        eur(after));
  }
}

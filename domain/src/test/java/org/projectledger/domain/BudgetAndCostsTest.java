package org.projectledger.domain;

import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.MATERIAL;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetLineOverrun;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;

class BudgetAndCostsTest {

  private static final UUID COST = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerOpensABudgetLine() {
    fixture
        .given(Given.chartered())
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, eur("80000")),
            Given.manager())
        .expectEvents(new BudgetLineOpened(PROJECT, LABOUR, BudgetCategory.LABOUR, eur("80000")));
  }

  @Test
  void aBudgetLineHoldsMoreThanNothing() {
    fixture
        .given(Given.chartered())
        .when(new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, eur("0")), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void budgetMovesBetweenLinesWithBothSidesRecorded() {
    fixture
        .given(Given.planned())
        .when(
            new ReallocateBudget(PROJECT, MATERIAL, LABOUR, eur("5000"), "Less hardware"),
            Given.manager())
        .expectEvents(
            new BudgetReallocated(
                PROJECT,
                MATERIAL,
                LABOUR,
                eur("5000"),
                eur("20000"),
                eur("15000"),
                eur("80000"),
                eur("85000"),
                "Less hardware"));
  }

  @Test
  void aLineNeverDropsBelowWhatWasSpentOnIt() {
    fixture
        .given(Given.planned())
        .andGiven(cost(MATERIAL, "16000", "0", "16000"))
        .when(
            new ReallocateBudget(PROJECT, MATERIAL, LABOUR, eur("4000.01"), "Less hardware"),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.BUDGET_BELOW_ACTUALS));
  }

  @Test
  void aCostIsRecordedWithTheLinesActualsBeforeAndAfter() {
    fixture
        .given(Given.planned())
        .when(recordCost(LABOUR, "1200.50", null), Given.manager())
        .expectEvents(cost(LABOUR, "1200.50", "0", "1200.50"));
  }

  @Test
  void aCostInAnotherCurrencyIsRefused() {
    fixture
        .given(Given.planned())
        .when(recordCost(LABOUR, "1200", "USD"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CURRENCY_MISMATCH));
  }

  @Test
  void aCostIsMoreThanZero() {
    fixture
        .given(Given.planned())
        .when(recordCost(LABOUR, "0", "EUR"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aCostOnAnUnknownLineIsNotFound() {
    fixture
        .given(Given.planned())
        .when(recordCost(UUID.randomUUID(), "10", "EUR"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void anOverrunIsRecordedAsItsOwnEventNeverRefused() {
    fixture
        .given(Given.planned())
        .andGiven(
            new CostRecorded(
                PROJECT,
                UUID.randomUUID(),
                MATERIAL,
                DESIGN,
                eur("19000"),
                "EUR",
                d("2026-02-01"),
                "INV-0",
                null,
                eur("0"),
                eur("19000")))
        .when(recordCost(MATERIAL, "1500", "EUR"), Given.manager())
        .expectEvents(
            cost(MATERIAL, "1500", "19000", "20500"),
            new BudgetLineOverrun(
                PROJECT, MATERIAL, COST, eur("20000"), eur("19000"), eur("20500"), eur("500")));
  }

  @Test
  void actualsThatPushTheEstimateBeyondCostToleranceRecordABreachForTheSponsor() {
    // Baseline 80,000 with 5 % tolerance: the limit is 84,000. Design is half done (EV 5,000)
    // and has cost 5,400 so far: CPI 0.926, EAC 86,400.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null))
        .when(recordCost(LABOUR, "5400", "EUR"), Given.manager())
        .expectEvents(
            cost(LABOUR, "5400", "0", "5400"),
            new ToleranceBreached(
                PROJECT,
                ToleranceKind.COST,
                COST,
                1,
                eur("80000"),
                new BigDecimal("5"),
                eur("84000.00"),
                eur("86400.00")));
  }

  @Test
  void actualsWithinCostToleranceRecordNoBreach() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null))
        .when(recordCost(LABOUR, "5250", "EUR"), Given.manager())
        .expectEvents(cost(LABOUR, "5250", "0", "5250"));
  }

  @Test
  void reCostingNeedsAReasonAndRecordsOldAndNew() {
    fixture
        .given(Given.planned())
        .when(
            new ChangePlannedCost(PROJECT, BUILD, eur("55000"), "Extra interface"), Given.manager())
        .expectEvents(
            new PlannedCostChanged(
                PROJECT, BUILD, eur("50000"), eur("55000"), "Extra interface", null));
    fixture
        .given(Given.planned())
        .when(new ChangePlannedCost(PROJECT, BUILD, eur("55000"), ""), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void reCostingBeyondTheBudgetIsRefused() {
    fixture
        .given(Given.planned())
        .when(
            new ChangePlannedCost(PROJECT, BUILD, eur("70000.01"), "Gold plating"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PLAN_EXCEEDS_BUDGET));
  }

  @Test
  void afterTheBaselineReCostingBeyondCostToleranceMustGoThroughChangeControl() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new ChangePlannedCost(PROJECT, BUILD, eur("54000.01"), "Extra interface"),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.TOLERANCE_EXCEEDED));
  }

  private static RecordCost recordCost(UUID line, String amount, String currency) {
    return new RecordCost(
        PROJECT,
        COST,
        line,
        DESIGN,
        eur(amount),
        currency,
        d("2026-02-10"),
        "INV-1",
        "Consultants");
  }

  private static CostRecorded cost(UUID line, String amount, String before, String after) {
    return new CostRecorded(
        PROJECT,
        COST,
        line,
        DESIGN,
        eur(amount),
        "EUR",
        d("2026-02-10"),
        "INV-1",
        "Consultants",
        eur(before),
        eur(after));
  }
}

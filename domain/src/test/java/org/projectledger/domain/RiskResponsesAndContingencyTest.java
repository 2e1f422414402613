package org.projectledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.api.risks.RiskStrategy;
import org.projectledger.figures.RiskExposure;

/**
 * Risk responses (strategy by kind, owner, proximity, cost impact, EMV) and the contingency
 * reserve: drawn only against a named open risk, and after the baseline only within the reserve the
 * sponsor approved with it.
 */
class RiskResponsesAndContingencyTest {

  private static final UUID RISK = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID CONTINGENCY = UUID.fromString("00000000-0000-0000-0000-0000000000b9");
  private static final RiskLogged THREAT =
      new RiskLogged(PROJECT, RISK, "Vendor insolvency", 2, 5, "manager", "Escrow");
  private static final BudgetLineOpened RESERVE =
      new BudgetLineOpened(PROJECT, CONTINGENCY, BudgetCategory.CONTINGENCY, eur("10000"));

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static PlanRiskResponse response(RiskStrategy strategy) {
    return new PlanRiskResponse(
        PROJECT, RISK, strategy, "alice", d("2026-06-30"), eur("40000"), "Second vendor on call");
  }

  @Test
  void theManagerPlansAResponseThatAnswersTheRisksKind() {
    fixture
        .given(Given.chartered(), THREAT)
        .when(response(RiskStrategy.TRANSFER), Given.manager())
        .expectEvents(
            new RiskResponsePlanned(
                PROJECT,
                RISK,
                RiskStrategy.TRANSFER,
                "alice",
                d("2026-06-30"),
                eur("40000"),
                "Second vendor on call"));
    fixture
        .given(Given.chartered(), THREAT)
        .when(response(RiskStrategy.EXPLOIT), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.chartered())
        .andGiven(
            new RiskLogged(
                PROJECT,
                RISK,
                "Early licence discount",
                3,
                2,
                "manager",
                null,
                RiskKind.OPPORTUNITY))
        .when(response(RiskStrategy.EXPLOIT), Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aResponseNeedsAnOpenRiskTheManagerAndMoneyInTheProjectsCurrency() {
    fixture
        .given(Given.chartered(), THREAT, new RiskClosed(PROJECT, RISK, "Vendor replaced"))
        .when(response(RiskStrategy.AVOID), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.RISK_CLOSED));
    fixture
        .given(Given.chartered(), THREAT)
        .when(response(RiskStrategy.AVOID), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
    fixture
        .given(Given.chartered(), THREAT)
        .when(
            new PlanRiskResponse(
                PROJECT,
                RISK,
                RiskStrategy.AVOID,
                "alice",
                d("2026-06-30"),
                new BigDecimal("1.001"),
                "x"),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void anOpportunityIsLoggedAsSuch() {
    fixture
        .given(Given.chartered())
        .when(
            new LogRisk(
                PROJECT,
                RISK,
                "Early licence discount",
                3,
                2,
                "manager",
                null,
                RiskKind.OPPORTUNITY),
            Given.manager())
        .expectEvents(
            new RiskLogged(
                PROJECT,
                RISK,
                "Early licence discount",
                3,
                2,
                "manager",
                null,
                RiskKind.OPPORTUNITY));
  }

  @Test
  void expectedMonetaryValueReadsTheScaleAsTenToNinetyPercent() {
    assertThat(RiskExposure.emv(1, eur("40000"), "EUR")).isEqualByComparingTo("4000.00");
    assertThat(RiskExposure.emv(2, eur("40000"), "EUR")).isEqualByComparingTo("12000.00");
    assertThat(RiskExposure.emv(3, eur("40000"), "EUR")).isEqualByComparingTo("20000.00");
    assertThat(RiskExposure.emv(4, eur("40000"), "EUR")).isEqualByComparingTo("28000.00");
    assertThat(RiskExposure.emv(5, eur("333.33"), "EUR")).isEqualByComparingTo("300.00");
    RiskExposure.Exposure exposure =
        RiskExposure.of(
            List.of(
                new RiskExposure.Open(true, 2, eur("40000")),
                new RiskExposure.Open(false, 5, eur("100000")),
                new RiskExposure.Open(true, 3, null)),
            eur("10000"),
            "EUR");
    assertThat(exposure.exposure()).isEqualByComparingTo("12000.00");
    assertThat(exposure.covered()).isFalse();
  }

  private static ReallocateBudget draw(String amount, UUID riskId) {
    return new ReallocateBudget(
        PROJECT, CONTINGENCY, LABOUR, eur(amount), "Second vendor engaged", riskId);
  }

  @Test
  void theReserveIsDrawnOnlyAgainstANamedOpenRisk() {
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT)
        .when(draw("3000", RISK), Given.manager())
        .expectEvents(
            new BudgetReallocated(
                PROJECT,
                CONTINGENCY,
                LABOUR,
                eur("3000"),
                eur("10000"),
                eur("7000"),
                eur("80000"),
                eur("83000"),
                "Second vendor engaged",
                RISK));
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT)
        .when(draw("3000", null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.planned())
        .andGiven(RESERVE)
        .when(draw("3000", RISK), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT, new RiskClosed(PROJECT, RISK, "Gone"))
        .when(draw("3000", RISK), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.RISK_CLOSED));
  }

  @Test
  void onlyADrawOnTheReserveNamesARisk() {
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT)
        .when(
            new ReallocateBudget(PROJECT, LABOUR, Given.MATERIAL, eur("1000"), "Move", RISK),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void afterTheBaselineDrawsStayWithinTheApprovedReserveWithoutAChangeRequest() {
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT, Given.baselined())
        .andGiven(
            new BudgetReallocated(
                PROJECT,
                CONTINGENCY,
                LABOUR,
                eur("6000"),
                eur("10000"),
                eur("4000"),
                eur("80000"),
                eur("86000"),
                "First draw",
                RISK),
            // Money moved into the reserve later is no part of what the sponsor approved.
            new BudgetReallocated(
                PROJECT,
                Given.MATERIAL,
                CONTINGENCY,
                eur("5000"),
                eur("20000"),
                eur("15000"),
                eur("4000"),
                eur("9000"),
                "Top-up"))
        .when(draw("4001", RISK), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_CONTROL_REQUIRED));
    fixture
        .given(Given.planned())
        .andGiven(RESERVE, THREAT, Given.baselined())
        .when(draw("10000", RISK), Given.manager())
        .expectSuccessfulHandlerExecution();
  }
}

package org.projectledger.domain;

import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.Tolerances;

/**
 * Money follows the currency's minor unit and only currencies in circulation are accepted
 * (DOMAIN.md, second edition): no fraction of a yen, no XXX, XTS or XAU, no withdrawn currency.
 */
class MoneyByMinorUnitTest {

  private static final Tolerances TOLERANCES = new Tolerances(10, new BigDecimal("5"));

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void onlyCurrenciesInCirculationAreAccepted() {
    for (String code : new String[] {"XXX", "XTS", "XAU", "DEM", "HRK"}) {
      fixture
          .givenNoPriorActivity()
          .when(charter(code), Actors.pmo())
          .expectNoEvents()
          .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }
    fixture
        .givenNoPriorActivity()
        .when(charter("JPY"), Actors.pmo())
        .expectSuccessfulHandlerExecution();
  }

  /** 1E+2147483647 has one digit and a scale that overflows a digit count: refused all the same. */
  @Test
  void anAmountOfThirteenDigitsOrMoreBeforeThePointIsRefused() {
    for (String amount : new String[] {"1E+2147483647", "10000000000000", "-1E+13"}) {
      fixture
          .given(project("EUR"))
          .when(
              new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal(amount)),
              Given.manager())
          .expectNoEvents()
          .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }
    fixture
        .given(project("EUR"))
        .when(
            new OpenBudgetLine(
                PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("9999999999999.99")),
            Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aYenHasNoFraction() {
    fixture
        .given(yenProject())
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000.5")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(yenProject())
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000")),
            Given.manager())
        .expectEvents(
            new BudgetLineOpened(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000")));
  }

  @Test
  void aDinarIsRecordedToTheFils() {
    fixture
        .given(project("KWD"))
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000.125")),
            Given.manager())
        .expectEvents(
            new BudgetLineOpened(
                PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000.125")));
    fixture
        .given(project("KWD"))
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000.1255")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aEuroTakesNoThirdDecimal() {
    fixture
        .given(project("EUR"))
        .when(
            new OpenBudgetLine(PROJECT, LABOUR, BudgetCategory.LABOUR, new BigDecimal("1000.125")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  private static CharterProject charter(String currency) {
    return new CharterProject(
        PROJECT,
        "PRJ-2026-020",
        "Currencies",
        "sponsor",
        "manager",
        currency,
        d("2026-01-01"),
        d("2026-12-31"),
        TOLERANCES);
  }

  private static ProjectChartered yenProject() {
    return project("JPY");
  }

  private static ProjectChartered project(String currency) {
    return new ProjectChartered(
        PROJECT,
        "PRJ-2026-021",
        "Office abroad",
        "sponsor",
        "manager",
        currency,
        d("2026-01-01"),
        d("2026-12-31"),
        TOLERANCES);
  }
}

package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;

/**
 * A cost recorded in error is reversed, never rewritten (DOMAIN.md, "Corrections and amendments"):
 * the reversal names the event it corrects, and its amount leaves the line's actuals and AC.
 */
class ReversingACostTest {

  private static final UUID COST = UUID.fromString("00000000-0000-4000-8000-00000000c001");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerReversesACostAndTheReversalNamesWhatItCorrects() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(recorded("5400", "0", "5400"))
        .when(new ReverseCost(PROJECT, COST, "Typed twice"), Given.manager())
        .expectEventsMatching(
            exactSequenceOf(messageWithPayload(reversal("5400", "0")), andNoMore()));
  }

  @Test
  void aReversalThatBringsTheEstimateBackClearsTheBreach() {
    // Design half done (EV 5,000); with the 5,400 reversed AC is 0: EAC = 0 + 80,000 − 5,000.
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ProgressReported(PROJECT, DESIGN, 0, 50, d("2026-02-14"), null),
            recorded("5400", "0", "5400"),
            new ToleranceBreached(
                PROJECT,
                ToleranceKind.COST,
                COST,
                1,
                eur("80000"),
                new BigDecimal("5"),
                eur("84000.00"),
                eur("86400.00")))
        .when(new ReverseCost(PROJECT, COST, "Booked on the wrong project"), Given.manager())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(reversal("5400", "0")),
                messageWithPayload(
                    equalTo(
                        new ToleranceRestored(
                            PROJECT,
                            ToleranceKind.COST,
                            COST,
                            1,
                            eur("84000.00"),
                            eur("75000.00")))),
                andNoMore()));
  }

  @Test
  void aCostIsReversedAtMostOnce() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            recorded("5400", "0", "5400"),
            new CostReversed(
                PROJECT,
                COST,
                UUID.randomUUID(),
                LABOUR,
                DESIGN,
                eur("5400"),
                "EUR",
                d("2026-02-10"),
                "Typed twice",
                eur("5400"),
                eur("0")))
        .when(new ReverseCost(PROJECT, COST, "Again"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ALREADY_REVERSED));
  }

  @Test
  void aReversalNeedsAReasonAKnownCostAndTheManager() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(recorded("5400", "0", "5400"))
        .when(new ReverseCost(PROJECT, COST, " "), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.baselinedPlan())
        .when(new ReverseCost(PROJECT, COST, "Typed twice"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(recorded("5400", "0", "5400"))
        .when(new ReverseCost(PROJECT, COST, "Typed twice"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  private static CostRecorded recorded(String amount, String before, String after) {
    return new CostRecorded(
        PROJECT,
        COST,
        LABOUR,
        DESIGN,
        eur(amount),
        "EUR",
        d("2026-02-10"),
        "INV-1",
        null,
        eur(before),
        eur(after));
  }

  /** The reversal of {@link #COST}; {@code corrects} is the id of the event that recorded it. */
  private static Matcher<CostReversed> reversal(String before, String after) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(CostReversed event) {
        return event.corrects() != null
            && event.equals(
                new CostReversed(
                    PROJECT,
                    COST,
                    event.corrects(),
                    LABOUR,
                    DESIGN,
                    eur("5400"),
                    "EUR",
                    d("2026-02-10"),
                    event.reason(),
                    eur(before),
                    eur(after)));
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("the reversal of 5,400 on LABOUR, naming the event it corrects");
      }
    };
  }
}

package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.LABOUR;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;

/**
 * After the first baseline a new budget line raises the budget the sponsor approved, so it opens
 * only through change control (DOMAIN.md, second edition): directly it is refused with {@code
 * CHANGE_CONTROL_REQUIRED}; proposed as {@code OPEN_BUDGET_LINE} and approved, it opens with the
 * rest of the request and the baseline is revised.
 */
class BudgetLinesUnderChangeControlTest {

  private static final UUID CR = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
  private static final UUID TRAVEL = UUID.fromString("00000000-0000-4000-8000-0000000000b9");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void beforeTheBaselineTheManagerOpensALineDirectly() {
    fixture
        .given(Given.planned())
        .when(
            new OpenBudgetLine(PROJECT, TRAVEL, BudgetCategory.TRAVEL, eur("5000")),
            Given.manager())
        .expectEvents(new BudgetLineOpened(PROJECT, TRAVEL, BudgetCategory.TRAVEL, eur("5000")));
  }

  @Test
  void afterTheBaselineADirectlyOpenedLineIsRefused() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new OpenBudgetLine(PROJECT, TRAVEL, BudgetCategory.TRAVEL, eur("5000")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_CONTROL_REQUIRED));
  }

  @Test
  void aChangeRequestCannotOpenALineThatExists() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new RaiseChangeRequest(
                PROJECT,
                CR,
                "More labour",
                "Overtime",
                List.of(ProposedChange.openBudgetLine(LABOUR, BudgetCategory.LABOUR, eur("1")))),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void anApprovedChangeRequestOpensTheLineAndRevisesTheBaseline() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                CR,
                "Site visits",
                "The client asks for monthly visits",
                List.of(ProposedChange.openBudgetLine(TRAVEL, BudgetCategory.TRAVEL, eur("5000"))),
                "manager"))
        .when(
            new ApproveChangeRequest(
                PROJECT, CR, "Agreed", signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(instanceOf(ChangeRequestApproved.class)),
                messageWithPayload(
                    equalTo(
                        new BudgetLineOpened(
                            PROJECT, TRAVEL, BudgetCategory.TRAVEL, eur("5000"), CR))),
                messageWithPayload(instanceOf(BaselineRevised.class)),
                andNoMore()));
  }
}

package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.GO_LIVE;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
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
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.schedule.ChangeDependencies;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.WorkPackagePlanned;

/**
 * Dependencies change with a reason, never silently (DOMAIN.md, second edition): directly before
 * the first baseline, by change request after it; never into a cycle or a violated dependency.
 * Design (Feb) → Build (Mar–Apr) → Test (May) → Go-live (31 May).
 */
class ChangingDependenciesTest {

  private static final UUID CR = UUID.fromString("00000000-0000-4000-8000-0000000000e3");
  private static final UUID DOCS = UUID.fromString("00000000-0000-4000-8000-0000000000c9");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void beforeTheBaselineTheManagerChangesAnItemsPredecessors() {
    fixture
        .given(Given.planned())
        .when(
            new ChangeDependencies(PROJECT, GO_LIVE, List.of(BUILD), "Go live before testing ends"),
            Given.manager())
        .expectEvents(
            new DependenciesChanged(
                PROJECT,
                GO_LIVE,
                List.of(TEST),
                List.of(BUILD),
                "Go live before testing ends",
                null));
  }

  @Test
  void newDependenciesMayFormNoCycle() {
    fixture
        .given(Given.planned())
        .when(new ChangeDependencies(PROJECT, DESIGN, List.of(TEST), "Loop"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_CYCLE));
  }

  @Test
  void anItemMayNotStartBeforeANewPredecessorFinishes() {
    fixture
        .given(Given.planned())
        .andGiven(
            new WorkPackagePlanned(
                PROJECT, DOCS, "Docs", d("2026-03-01"), d("2026-03-31"), eur("0"), List.of()))
        .when(new ChangeDependencies(PROJECT, DESIGN, List.of(DOCS), "Docs first"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void aChangeOfDependenciesNeedsAReason() {
    fixture
        .given(Given.planned())
        .when(new ChangeDependencies(PROJECT, GO_LIVE, List.of(BUILD), " "), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void afterTheBaselineDependenciesChangeThroughChangeControl() {
    fixture
        .given(Given.baselinedPlan())
        .when(new ChangeDependencies(PROJECT, GO_LIVE, List.of(BUILD), "Earlier"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_CONTROL_REQUIRED));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                CR,
                "Go live after build",
                "Testing continues in production",
                List.of(ProposedChange.changeDependencies(GO_LIVE, List.of(BUILD))),
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
                        new DependenciesChanged(
                            PROJECT,
                            GO_LIVE,
                            List.of(TEST),
                            List.of(BUILD),
                            "Change request approved: Go live after build",
                            CR))),
                messageWithPayload(instanceOf(BaselineRevised.class)),
                andNoMore()));
  }
}

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

import java.time.LocalDate;
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
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;

/**
 * Links of all four types with lags (DOMAIN.md, third edition): planned dates are "not earlier
 * than" what each link allows, a lag moves that day (a lead, negative, brings it forward), moves
 * cascade along every type, and the events say the type and lag of each link. Design runs 1–28 Feb,
 * Build 1 Mar–30 Apr (FS on Design), Test May (FS on Build), Go-live 31 May.
 */
class LinkingItemsTest {

  private static final UUID DOCS = UUID.fromString("00000000-0000-4000-8000-0000000000c9");
  private static final UUID CR = UUID.fromString("00000000-0000-4000-8000-0000000000e4");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static PlanWorkPackage docs(LocalDate start, LocalDate finish, Link link) {
    return new PlanWorkPackage(
        PROJECT, DOCS, "Docs", start, finish, eur("0"), List.of(), List.of(link));
  }

  @Test
  void aStartToStartSuccessorStartsNoEarlierThanItsPredecessorsStartAndLag() {
    Link ss4 = new Link(DESIGN, LinkType.SS, 4);
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-05"), d("2026-02-20"), ss4), Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                DOCS,
                "Docs",
                d("2026-02-05"),
                d("2026-02-20"),
                eur("0"),
                List.of(DESIGN),
                null,
                List.of(ss4)));
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-04"), d("2026-02-20"), ss4), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void aFinishToFinishSuccessorFinishesNoEarlierThanItsPredecessorsFinishAndLag() {
    Link ff2 = new Link(DESIGN, LinkType.FF, 2);
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-10"), d("2026-03-01"), ff2), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-10"), d("2026-03-02"), ff2), Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aStartToFinishSuccessorFinishesNoEarlierThanItsPredecessorStarts() {
    // Docs must not finish before Build starts (1 Mar): finishing on 28 Feb is refused.
    Link sf = new Link(BUILD, LinkType.SF, 0);
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-01"), d("2026-02-28"), sf), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-01"), d("2026-03-01"), sf), Given.manager())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aLeadLetsASuccessorStartBeforeItsPredecessorFinishes() {
    // FS-5 on Design (finishing 28 Feb): Docs may start on 23 Feb, not on the 22nd.
    Link lead = new Link(DESIGN, LinkType.FS, -5);
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-23"), d("2026-03-10"), lead), Given.manager())
        .expectSuccessfulHandlerExecution();
    fixture
        .given(Given.planned())
        .when(docs(d("2026-02-22"), d("2026-03-10"), lead), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void aLagBeyondTenYearsIsATypingErrorAndRefused() {
    fixture
        .given(Given.planned())
        .when(
            docs(d("2026-02-05"), d("2026-02-20"), new Link(DESIGN, LinkType.SS, 3651)),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void movingAPredecessorsStartCascadesAlongAStartToStartLink() {
    // Design starts 4 days later and still finishes on 28 Feb: Build (FS) stays, Docs (SS+4)
    // shifts by the 4 days, naming Design as the cause.
    fixture
        .given(Given.planned())
        .andGiven(
            new WorkPackagePlanned(
                PROJECT,
                DOCS,
                "Docs",
                d("2026-02-05"),
                d("2026-02-20"),
                eur("0"),
                List.of(DESIGN),
                null,
                List.of(new Link(DESIGN, LinkType.SS, 4))))
        .when(
            new RescheduleWorkPackage(
                PROJECT, DESIGN, d("2026-02-05"), d("2026-02-28"), "Kick-off later", true),
            Given.manager())
        .expectEvents(
            new WorkPackageRescheduled(
                PROJECT,
                DESIGN,
                d("2026-02-01"),
                d("2026-02-28"),
                d("2026-02-05"),
                d("2026-02-28"),
                "Kick-off later",
                null),
            new WorkPackageRescheduled(
                PROJECT,
                DOCS,
                d("2026-02-05"),
                d("2026-02-20"),
                d("2026-02-09"),
                d("2026-02-24"),
                "Kick-off later",
                DESIGN));
  }

  @Test
  void aChangeOfLinksRecordsTheOldAndNewLinksWithTheirTypesAndLags() {
    List<Link> finishTogether = List.of(new Link(TEST, LinkType.FF, 0));
    fixture
        .given(Given.planned())
        .when(
            new ChangeDependencies(
                PROJECT, GO_LIVE, List.of(), "Go-live as testing ends", finishTogether),
            Given.manager())
        .expectEvents(
            new DependenciesChanged(
                PROJECT,
                GO_LIVE,
                List.of(TEST),
                List.of(TEST),
                "Go-live as testing ends",
                null,
                List.of(Link.finishToStart(TEST)),
                finishTogether));
  }

  @Test
  void afterTheBaselineLinksChangeThroughAChangeRequest() {
    List<Link> overlap = List.of(new Link(BUILD, LinkType.SS, 10));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                CR,
                "Test alongside build",
                "Testing starts ten days into the build",
                List.of(ProposedChange.changeLinks(TEST, overlap)),
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
                            TEST,
                            List.of(BUILD),
                            List.of(BUILD),
                            "Change request approved: Test alongside build",
                            CR,
                            List.of(Link.finishToStart(BUILD)),
                            overlap))),
                messageWithPayload(instanceOf(BaselineRevised.class)),
                andNoMore()));
  }
}

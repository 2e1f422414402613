package org.projectledger.domain;

import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeType;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.issues.CloseIssue;
import org.projectledger.api.issues.IssueClosed;
import org.projectledger.api.issues.IssueLevel;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.IssueResolved;
import org.projectledger.api.issues.IssueState;
import org.projectledger.api.issues.IssueType;
import org.projectledger.api.issues.RaiseIssue;
import org.projectledger.api.issues.ResolveIssue;
import org.projectledger.api.lessons.LessonAdvice;
import org.projectledger.api.lessons.LessonCategory;
import org.projectledger.api.lessons.LessonLogged;
import org.projectledger.api.lessons.LogLesson;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;

/** The issue register (PRINCE2) and the lessons log: who writes in them, and how issues end. */
class RunningTheIssueRegisterTest {

  private static final UUID ISSUE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  private static final UUID LESSON = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
  private static final UUID CR = UUID.fromString("00000000-0000-0000-0000-0000000000e3");

  private static final IssueRaised OFF_SPEC =
      new IssueRaised(
          PROJECT,
          ISSUE,
          IssueType.OFF_SPECIFICATION,
          "Invoices print without VAT number",
          "Seen in the test run of 4 May",
          IssueLevel.HIGH,
          IssueLevel.MEDIUM,
          "sponsor",
          "alice");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static RaiseIssue raise(IssueType type) {
    return new RaiseIssue(
        PROJECT,
        ISSUE,
        type,
        "Invoices print without VAT number",
        "Seen in the test run of 4 May",
        IssueLevel.HIGH,
        IssueLevel.MEDIUM,
        "alice");
  }

  @Test
  void theSponsorRaisesAnIssueAndNamesItsOwner() {
    fixture
        .given(Given.chartered())
        .when(raise(IssueType.OFF_SPECIFICATION), Given.sponsor())
        .expectEvents(OFF_SPEC);
  }

  @Test
  void aWorkPackageOwnerRaisesIssuesButAStrangerMayNot() {
    fixture
        .given(Given.planned())
        .andGiven(new WorkPackageOwnerAssigned(PROJECT, Given.BUILD, null, "bob"))
        .when(raise(IssueType.PROBLEM_CONCERN), Actors.as("bob", "MANAGER"))
        .expectSuccessfulHandlerExecution();
    fixture
        .given(Given.chartered())
        .when(raise(IssueType.PROBLEM_CONCERN), Actors.as("carol", "MANAGER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void theIssuesOwnerResolvesItOthersMayNot() {
    fixture
        .given(Given.chartered(), OFF_SPEC)
        .when(new ResolveIssue(PROJECT, ISSUE, "Template fixed"), Actors.as("alice", "MANAGER"))
        .expectEvents(new IssueResolved(PROJECT, ISSUE, "Template fixed", "alice"));
    fixture
        .given(Given.chartered(), OFF_SPEC)
        .when(new ResolveIssue(PROJECT, ISSUE, "Template fixed"), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aResolvedIssueIsClosedByTheManagerAndAClosedOneStaysClosed() {
    IssueResolved resolved = new IssueResolved(PROJECT, ISSUE, "Template fixed", "alice");
    fixture
        .given(Given.chartered(), OFF_SPEC, resolved)
        .when(new CloseIssue(PROJECT, ISSUE, "Verified in test"), Given.manager())
        .expectEvents(new IssueClosed(PROJECT, ISSUE, IssueState.RESOLVED, "Verified in test"));
    fixture
        .given(Given.chartered(), OFF_SPEC, resolved)
        .when(new ResolveIssue(PROJECT, ISSUE, "Again"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ISSUE_NOT_OPEN));
    fixture
        .given(
            Given.chartered(),
            OFF_SPEC,
            new IssueClosed(PROJECT, ISSUE, IssueState.OPEN, "Not pursued"))
        .when(new CloseIssue(PROJECT, ISSUE, "Again"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ISSUE_NOT_OPEN));
  }

  @Test
  void anUnknownIssueIsNotFoundAndAResolutionIsRequired() {
    fixture
        .given(Given.chartered())
        .when(new ResolveIssue(PROJECT, ISSUE, "Fixed"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
    fixture
        .given(Given.chartered(), OFF_SPEC)
        .when(new CloseIssue(PROJECT, ISSUE, " "), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  private static RaiseChangeRequest escalating(UUID issueId) {
    return new RaiseChangeRequest(
        PROJECT,
        CR,
        "VAT number on invoices",
        "Off-specification found in test",
        List.of(
            new ProposedChange(
                ChangeType.CHANGE_PLANNED_COST,
                Given.TEST,
                null,
                null,
                null,
                null,
                null,
                eur("22000"),
                null,
                null,
                null,
                null)),
        issueId);
  }

  @Test
  void anOffSpecificationIsEscalatedIntoAChangeRequestThatNamesIt() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(OFF_SPEC)
        .when(escalating(ISSUE), Given.manager())
        .expectEvents(
            new ChangeRequestRaised(
                PROJECT,
                CR,
                "VAT number on invoices",
                "Off-specification found in test",
                escalating(ISSUE).proposedChanges(),
                "manager",
                ISSUE));
  }

  @Test
  void aProblemOrAClosedIssueIsNotEscalated() {
    IssueRaised problem =
        new IssueRaised(
            PROJECT,
            ISSUE,
            IssueType.PROBLEM_CONCERN,
            "Key user on leave",
            null,
            IssueLevel.LOW,
            IssueLevel.LOW,
            "manager",
            "manager");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(problem)
        .when(escalating(ISSUE), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(OFF_SPEC, new IssueClosed(PROJECT, ISSUE, IssueState.OPEN, "Accepted as is"))
        .when(escalating(ISSUE), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ISSUE_NOT_OPEN));
    fixture
        .given(Given.baselinedPlan())
        .when(escalating(ISSUE), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }

  @Test
  void lessonsAreLoggedAtAnyTimeEvenAfterClosure() {
    LogLesson lesson =
        new LogLesson(
            PROJECT,
            LESSON,
            LessonCategory.QUALITY,
            "Invoice layouts were tested late",
            LessonAdvice.AVOID,
            "Test print layouts in the first sprint");
    fixture
        .given(Given.chartered())
        .andGiven(
            new ProjectClosed(
                PROJECT,
                "Done",
                Given.signedBy("pmo", org.projectledger.api.SignatureMeaning.APPROVAL),
                org.projectledger.api.ProjectState.CHARTERED))
        .when(lesson, Given.sponsor())
        .expectEvents(
            new LessonLogged(
                PROJECT,
                LESSON,
                LessonCategory.QUALITY,
                "Invoice layouts were tested late",
                LessonAdvice.AVOID,
                "Test print layouts in the first sprint",
                "sponsor"));
    fixture
        .given(Given.chartered())
        .when(lesson, Actors.as("auditor", "AUDITOR"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void issuesAreNotRaisedOnAClosedProject() {
    fixture
        .given(Given.chartered())
        .andGiven(
            new ProjectClosed(
                PROJECT,
                "Done",
                Given.signedBy("pmo", org.projectledger.api.SignatureMeaning.APPROVAL),
                org.projectledger.api.ProjectState.CHARTERED))
        .when(raise(IssueType.PROBLEM_CONCERN), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PROJECT_CLOSED));
  }
}

package org.projectledger.domain;

import static org.projectledger.domain.Given.GO_LIVE;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.lifecycle.CloseProject;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.schedule.RescheduleMilestone;

class ClosingAProjectTest {

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void thePmoClosesAProjectWithASignature() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new CloseProject(
                PROJECT, "Delivered", signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
            Actors.pmo())
        .expectEvents(
            new ProjectClosed(
                PROJECT,
                "Delivered",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY),
                ProjectState.EXECUTING));
  }

  @Test
  void onlyThePmoClosesProjects() {
    fixture
        .given(Given.baselinedPlan())
        .when(
            new CloseProject(
                PROJECT, "Delivered", signedBy("sponsor", SignatureMeaning.RESPONSIBILITY)),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aProjectWithOpenChangeRequestsCannotClose() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                UUID.randomUUID(),
                "Later go-live",
                "Data migration",
                List.of(ProposedChange.rescheduleMilestone(GO_LIVE, d("2026-07-15"))),
                "manager"))
        .when(
            new CloseProject(
                PROJECT, "Delivered", signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
            Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.OPEN_CHANGE_REQUESTS));
  }

  @Test
  void afterClosureEveryCommandIsRefused() {
    ProjectClosed closed =
        new ProjectClosed(
            PROJECT,
            "Delivered",
            signedBy("pmo", SignatureMeaning.RESPONSIBILITY),
            ProjectState.EXECUTING);
    fixture
        .given(Given.baselinedPlan())
        .andGiven(closed)
        .when(
            new RescheduleMilestone(PROJECT, GO_LIVE, d("2026-06-01"), "One more thing", false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PROJECT_CLOSED));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(closed)
        .when(
            new LogRisk(PROJECT, UUID.randomUUID(), "Late invoice", 1, 1, "manager", null),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PROJECT_CLOSED));
    fixture
        .given(Given.baselinedPlan())
        .andGiven(closed)
        .when(
            new CloseProject(PROJECT, "Again", signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
            Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.PROJECT_CLOSED));
  }
}

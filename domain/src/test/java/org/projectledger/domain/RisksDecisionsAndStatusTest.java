package org.projectledger.domain;

import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.decisions.DecisionRecorded;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.status.PublishStatusReport;
import org.projectledger.api.status.Rag;
import org.projectledger.api.status.StatusReportPublished;

class RisksDecisionsAndStatusTest {

  private static final UUID RISK = UUID.fromString("00000000-0000-0000-0000-0000000000ab");
  private static final UUID DECISION = UUID.fromString("00000000-0000-0000-0000-0000000000ac");
  private static final UUID REPORT = UUID.fromString("00000000-0000-0000-0000-0000000000ad");
  private static final RiskLogged LOGGED =
      new RiskLogged(PROJECT, RISK, "Vendor insolvency", 2, 5, "manager", "Escrow");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerLogsARisk() {
    fixture
        .given(Given.chartered())
        .when(
            new LogRisk(PROJECT, RISK, "Vendor insolvency", 2, 5, "manager", "Escrow"),
            Given.manager())
        .expectEvents(LOGGED);
  }

  @Test
  void probabilityAndImpactRunFromOneToFive() {
    fixture
        .given(Given.chartered())
        .when(
            new LogRisk(PROJECT, RISK, "Vendor insolvency", 6, 5, "manager", null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aReassessmentRecordsOldAndNew() {
    fixture
        .given(Given.chartered(), LOGGED)
        .when(new ReassessRisk(PROJECT, RISK, 4, 5, "Credit rating cut"), Given.manager())
        .expectEvents(new RiskReassessed(PROJECT, RISK, 2, 5, 4, 5, "Credit rating cut"));
  }

  @Test
  void aClosedRiskIsNotReassessed() {
    fixture
        .given(Given.chartered(), LOGGED, new RiskClosed(PROJECT, RISK, "Vendor replaced"))
        .when(new ReassessRisk(PROJECT, RISK, 4, 5, "Credit rating cut"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.RISK_CLOSED));
  }

  @Test
  void theManagerClosesARiskWithAReason() {
    fixture
        .given(Given.chartered(), LOGGED)
        .when(new CloseRisk(PROJECT, RISK, "Vendor replaced"), Given.manager())
        .expectEvents(new RiskClosed(PROJECT, RISK, "Vendor replaced"));
  }

  @Test
  void theManagerRecordsADecisionWithItsAlternatives() {
    fixture
        .given(Given.chartered())
        .when(
            new RecordDecision(
                PROJECT, DECISION, "Buy, not build", "Time to market", List.of("Build in-house")),
            Given.manager())
        .expectEvents(
            new DecisionRecorded(
                PROJECT, DECISION, "Buy, not build", "Time to market", List.of("Build in-house")));
  }

  @Test
  void theManagerPublishesAStatusReport() {
    fixture
        .given(Given.chartered())
        .when(
            new PublishStatusReport(PROJECT, REPORT, Rag.AMBER, "Design late", d("2026-02-27")),
            Given.manager())
        .expectEvents(
            new StatusReportPublished(PROJECT, REPORT, Rag.AMBER, "Design late", d("2026-02-27")));
  }

  @Test
  void theProjectsManagerMustAlsoHoldTheManagerRole() {
    fixture
        .given(Given.chartered())
        .when(
            new LogRisk(PROJECT, RISK, "Vendor insolvency", 2, 5, "manager", null),
            Actors.as("manager", "VIEWER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aViewerPublishesNothing() {
    fixture
        .given(Given.chartered())
        .when(
            new PublishStatusReport(PROJECT, REPORT, Rag.AMBER, "Design late", d("2026-02-27")),
            Actors.as("viewer", "VIEWER"))
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }
}

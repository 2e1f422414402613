package org.projectledger.domain;

import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Refusals.refusedWith;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;

class ReportingProgressTest {

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void progressIsReportedForAStatusDateWithTheOldValue() {
    fixture
        .given(Given.planned())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 20, d("2026-02-07"), null))
        .when(new ReportProgress(PROJECT, DESIGN, 60, d("2026-02-14"), null), Given.manager())
        .expectEvents(new ProgressReported(PROJECT, DESIGN, 20, 60, d("2026-02-14"), null));
  }

  @Test
  void progressLiesBetweenZeroAndOneHundred() {
    fixture
        .given(Given.planned())
        .when(new ReportProgress(PROJECT, DESIGN, 101, d("2026-02-14"), null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void loweringProgressNeedsAReason() {
    fixture
        .given(Given.planned())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 60, d("2026-02-14"), null))
        .when(new ReportProgress(PROJECT, DESIGN, 40, d("2026-02-21"), null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.planned())
        .andGiven(new ProgressReported(PROJECT, DESIGN, 0, 60, d("2026-02-14"), null))
        .when(
            new ReportProgress(PROJECT, DESIGN, 40, d("2026-02-21"), "Rework found"),
            Given.manager())
        .expectEvents(
            new ProgressReported(PROJECT, DESIGN, 60, 40, d("2026-02-21"), "Rework found"));
  }

  @Test
  void onlyTheProjectsManagerReportsProgress() {
    fixture
        .given(Given.planned())
        .when(new ReportProgress(PROJECT, DESIGN, 10, d("2026-02-14"), null), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }
}

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

  @Test
  void aReportCarriesTheActualStartAndAtCompletionTheActualFinish() {
    fixture
        .given(Given.planned())
        .when(
            new ReportProgress(PROJECT, DESIGN, 40, d("2026-02-07"), null, d("2026-02-03"), null),
            Given.manager())
        .expectEvents(
            new ProgressReported(
                PROJECT, DESIGN, 0, 40, d("2026-02-07"), null, d("2026-02-03"), null));
    // The actual start stays as reported; the finish comes with 100 %.
    fixture
        .given(Given.planned())
        .andGiven(
            new ProgressReported(
                PROJECT, DESIGN, 0, 40, d("2026-02-07"), null, d("2026-02-03"), null))
        .when(
            new ReportProgress(PROJECT, DESIGN, 100, d("2026-02-14"), null, null, d("2026-02-12")),
            Given.manager())
        .expectEvents(
            new ProgressReported(
                PROJECT, DESIGN, 40, 100, d("2026-02-14"), null, d("2026-02-03"), d("2026-02-12")));
  }

  @Test
  void workReopenedBelowOneHundredHasNoActualFinish() {
    fixture
        .given(Given.planned())
        .andGiven(
            new ProgressReported(
                PROJECT, DESIGN, 0, 100, d("2026-02-14"), null, d("2026-02-03"), d("2026-02-12")))
        .when(
            new ReportProgress(PROJECT, DESIGN, 80, d("2026-02-21"), "Defects found in review"),
            Given.manager())
        .expectEvents(
            new ProgressReported(
                PROJECT,
                DESIGN,
                100,
                80,
                d("2026-02-21"),
                "Defects found in review",
                d("2026-02-03"),
                null));
  }

  @Test
  void actualDatesLieOnOrBeforeTheStatusDateAndAFinishNeedsCompletionAfterTheStart() {
    // A start after the report's status date.
    fixture
        .given(Given.planned())
        .when(
            new ReportProgress(PROJECT, DESIGN, 10, d("2026-02-07"), null, d("2026-02-08"), null),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    // A finish below 100 %.
    fixture
        .given(Given.planned())
        .when(
            new ReportProgress(
                PROJECT, DESIGN, 60, d("2026-02-14"), null, d("2026-02-03"), d("2026-02-12")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    // A finish before the known start.
    fixture
        .given(Given.planned())
        .andGiven(
            new ProgressReported(
                PROJECT, DESIGN, 0, 40, d("2026-02-07"), null, d("2026-02-05"), null))
        .when(
            new ReportProgress(PROJECT, DESIGN, 100, d("2026-02-14"), null, null, d("2026-02-04")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    // A finish after the status date.
    fixture
        .given(Given.planned())
        .when(
            new ReportProgress(
                PROJECT, DESIGN, 100, d("2026-02-14"), null, d("2026-02-03"), d("2026-02-15")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }
}

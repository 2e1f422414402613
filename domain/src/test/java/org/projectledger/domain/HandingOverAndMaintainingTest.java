package org.projectledger.domain;

import static org.projectledger.domain.Given.BUILD;
import static org.projectledger.domain.Given.DESIGN;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.TEST;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetLineOverrun;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.MaintenanceKind;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.maintenance.RecordMaintenanceActivity;
import org.projectledger.api.progress.ProgressReported;

class HandingOverAndMaintainingTest {

  private static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-0000000000b9");
  private static final UUID PATCH = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static ProgressReported done(UUID workPackage) {
    return new ProgressReported(PROJECT, workPackage, 0, 100, d("2026-05-31"), null);
  }

  private static HandOverToOperations handOver() {
    return new HandOverToOperations(
        PROJECT, "Live since 1 June", signedBy("sponsor", SignatureMeaning.APPROVAL));
  }

  private static ProjectHandedOver handedOver() {
    return new ProjectHandedOver(
        PROJECT,
        "Live since 1 June",
        signedBy("sponsor", SignatureMeaning.APPROVAL),
        3,
        ProjectState.EXECUTING,
        ProjectState.IN_MAINTENANCE);
  }

  private static BudgetLineOpened runLine() {
    return new BudgetLineOpened(PROJECT, RUN, BudgetCategory.MAINTENANCE, eur("1000"));
  }

  private static RecordMaintenanceActivity patch(String cost) {
    return new RecordMaintenanceActivity(
        PROJECT,
        PATCH,
        MaintenanceKind.PATCH,
        d("2026-06-10"),
        "Security patch 1.0.1",
        "Applied, no downtime",
        cost == null ? null : RUN,
        cost == null ? null : eur(cost));
  }

  @Test
  void theSponsorHandsOverWhenEveryWorkPackageIsComplete() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST))
        .when(handOver(), Given.sponsor())
        .expectEvents(handedOver());
  }

  @Test
  void handOverIsRefusedWhileWorkIsIncompleteAndNamesWhatIsMissing() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD))
        .when(handOver(), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.WORK_INCOMPLETE))
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("\"Test\" (0%)"));
  }

  @Test
  void onlyTheSponsorHandsOver() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST))
        .when(
            new HandOverToOperations(
                PROJECT, "Live", signedBy("manager", SignatureMeaning.APPROVAL)),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aProjectIsHandedOverOnce() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST), handedOver())
        .when(handOver(), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.ALREADY_IN_MAINTENANCE));
  }

  @Test
  void anUnbaselinedProjectIsNotHandedOver() {
    fixture
        .given(Given.planned())
        .when(handOver(), Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_BASELINED));
  }

  @Test
  void maintenanceIsRecordedOnlyInMaintenance() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST))
        .when(patch(null), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_IN_MAINTENANCE));
  }

  @Test
  void maintenanceIsBookedAgainstAMaintenanceLineAndAnOverrunIsRecorded() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST), handedOver(), runLine())
        .when(patch("1200.00"), Given.manager())
        .expectEvents(
            new MaintenanceActivityRecorded(
                PROJECT,
                PATCH,
                MaintenanceKind.PATCH,
                d("2026-06-10"),
                "Security patch 1.0.1",
                "Applied, no downtime",
                RUN,
                eur("1200.00"),
                "EUR",
                eur("0"),
                eur("1200.00")),
            new BudgetLineOverrun(
                PROJECT, RUN, PATCH, eur("1000"), eur("0"), eur("1200.00"), eur("200.00")));
  }

  @Test
  void maintenanceIsNotBookedAgainstADeliveryLine() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST), handedOver())
        .when(
            new RecordMaintenanceActivity(
                PROJECT,
                PATCH,
                MaintenanceKind.INCIDENT,
                d("2026-06-10"),
                "Outage",
                "Restored",
                Given.LABOUR,
                eur("10")),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aProjectInMaintenanceStillCloses() {
    fixture
        .given(Given.baselinedPlan())
        .andGiven(done(DESIGN), done(BUILD), done(TEST), handedOver())
        .when(
            new org.projectledger.api.lifecycle.CloseProject(
                PROJECT, "Retired", signedBy("pmo", SignatureMeaning.RESPONSIBILITY)),
            Actors.pmo())
        .expectEvents(
            new ProjectClosed(
                PROJECT,
                "Retired",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY),
                ProjectState.IN_MAINTENANCE));
  }
}

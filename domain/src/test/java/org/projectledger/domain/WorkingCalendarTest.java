package org.projectledger.domain;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.time.DayOfWeek;
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
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.SetCalendar;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;

/**
 * The working calendar (DOMAIN.md, third edition): a project chartered before calendars existed
 * works every day until its manager sets one; the manager sets it with a reason before the first
 * baseline, never after it directly; a calendar works some weekday; every link still holds when its
 * lag counts working days; moves cascade in working days. March 2026 begins on a Sunday.
 */
class WorkingCalendarTest {

  private static final UUID SURVEY = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
  private static final UUID FIT_OUT = UUID.fromString("00000000-0000-4000-8000-0000000000f2");
  private static final ProjectCalendar WEEKDAYS_AND_EASTER =
      new ProjectCalendar(
          ProjectCalendar.MONDAY_TO_FRIDAY.workingDays(),
          List.of(d("2026-04-03"), d("2026-04-06")));

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void theManagerSetsTheCalendarBeforeTheBaselineWithAReason() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            new SetCalendar(PROJECT, WEEKDAYS_AND_EASTER, "Office closed at weekends and Easter"),
            Given.manager())
        .expectEvents(
            new CalendarSet(
                PROJECT,
                ProjectCalendar.EVERY_DAY,
                WEEKDAYS_AND_EASTER,
                "Office closed at weekends and Easter",
                null));
    fixture
        .given(Given.chartered())
        .when(new SetCalendar(PROJECT, WEEKDAYS_AND_EASTER, " "), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    fixture
        .given(Given.chartered())
        .when(new SetCalendar(PROJECT, WEEKDAYS_AND_EASTER, "Not mine"), Given.sponsor())
        .expectNoEvents();
  }

  @Test
  void afterTheBaselineTheCalendarChangesOnlyThroughChangeControl() {
    fixture
        .given(Given.baselinedPlan())
        .when(new SetCalendar(PROJECT, WEEKDAYS_AND_EASTER, "Weekends off"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.CHANGE_CONTROL_REQUIRED));
  }

  @Test
  void aChangeRequestApprovedBySponsorChangesTheCalendarAndRevisesTheBaseline() {
    UUID cr = UUID.fromString("00000000-0000-4000-8000-0000000000e5");
    fixture
        .given(Given.baselinedPlan())
        .andGiven(
            new ChangeRequestRaised(
                PROJECT,
                cr,
                "Weekends off",
                "The site closes at weekends and over Easter",
                List.of(ProposedChange.changeCalendar(WEEKDAYS_AND_EASTER)),
                "manager"))
        .when(
            new ApproveChangeRequest(
                PROJECT, cr, "Agreed", Given.signedBy("sponsor", SignatureMeaning.APPROVAL)),
            Given.sponsor())
        .expectEventsMatching(
            exactSequenceOf(
                messageWithPayload(instanceOf(ChangeRequestApproved.class)),
                messageWithPayload(
                    equalTo(
                        new CalendarSet(
                            PROJECT,
                            ProjectCalendar.EVERY_DAY,
                            WEEKDAYS_AND_EASTER,
                            "Change request approved: Weekends off",
                            cr))),
                messageWithPayload(instanceOf(BaselineRevised.class)),
                andNoMore()));
  }

  @Test
  void aCalendarWithoutAWorkingWeekdayIsRefused() {
    fixture
        .given(Given.chartered())
        .when(
            new SetCalendar(
                PROJECT, new ProjectCalendar(List.<DayOfWeek>of(), List.of()), "Never work"),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aCalendarUnderWhichALinkNoLongerHoldsIsRefused() {
    // Survey ends on Friday 27 Feb; Fit-out, FS+2, starts on Sunday 1 March: two calendar days,
    // but on weekdays the lag runs to Tuesday 3 March.
    fixture
        .given(
            Given.chartered(),
            Given.labourLine("80000"),
            new WorkPackagePlanned(
                PROJECT,
                SURVEY,
                "Survey",
                d("2026-02-23"),
                d("2026-02-27"),
                eur("1000"),
                List.of()),
            new WorkPackagePlanned(
                PROJECT,
                FIT_OUT,
                "Fit-out",
                d("2026-03-01"),
                d("2026-03-13"),
                eur("5000"),
                List.of(SURVEY),
                null,
                List.of(new Link(SURVEY, LinkType.FS, 2))))
        .when(new SetCalendar(PROJECT, WEEKDAYS_AND_EASTER, "Weekends off"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DEPENDENCY_VIOLATION));
  }

  @Test
  void aCascadeKeepsEachSuccessorsWorkingDays() {
    // On weekdays: Survey Mon 2 – Fri 6 March, Fit-out (FS) Mon 9 – Fri 13 March, five working
    // days. Survey now ends on Tuesday 10 March: Fit-out starts that day and keeps its five
    // working days, to Monday 16 March (the weekend is not work).
    fixture
        .given(
            Given.chartered(),
            Given.labourLine("80000"),
            new CalendarSet(
                PROJECT, ProjectCalendar.EVERY_DAY, WEEKDAYS_AND_EASTER, "Weekends off", null),
            new WorkPackagePlanned(
                PROJECT,
                SURVEY,
                "Survey",
                d("2026-03-02"),
                d("2026-03-06"),
                eur("1000"),
                List.of()),
            new WorkPackagePlanned(
                PROJECT,
                FIT_OUT,
                "Fit-out",
                d("2026-03-09"),
                d("2026-03-13"),
                eur("5000"),
                List.of(SURVEY)))
        .when(
            new RescheduleWorkPackage(
                PROJECT, SURVEY, d("2026-03-02"), d("2026-03-10"), "Survey longer", true),
            Given.manager())
        .expectEvents(
            new WorkPackageRescheduled(
                PROJECT,
                SURVEY,
                d("2026-03-02"),
                d("2026-03-06"),
                d("2026-03-02"),
                d("2026-03-10"),
                "Survey longer",
                null),
            new WorkPackageRescheduled(
                PROJECT,
                FIT_OUT,
                d("2026-03-09"),
                d("2026-03-13"),
                d("2026-03-10"),
                d("2026-03-16"),
                "Survey longer",
                SURVEY));
  }
}

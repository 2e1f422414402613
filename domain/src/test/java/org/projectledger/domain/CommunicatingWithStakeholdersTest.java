package org.projectledger.domain;

import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.signedBy;
import static org.projectledger.domain.Refusals.refusedWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.ProjectState;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.CommunicationPlanSet;
import org.projectledger.api.communications.DeliveryAttempt;
import org.projectledger.api.communications.Frequency;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.RecordNotificationOutcome;
import org.projectledger.api.communications.SetCommunicationPlan;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderRegistered;

class CommunicatingWithStakeholdersTest {

  private static final UUID CFO = UUID.fromString("00000000-0000-0000-0000-0000000000ae");
  private static final UUID NOTE = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID CAUSE = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
  private static final SealedPersonalData SEALED = new SealedPersonalData(CFO, "bm9uY2U=", "eA==");
  private static final SealedPersonalData ADDRESS = new SealedPersonalData(CFO, "YWRkcg==", "eQ==");
  private static final Instant T1 = Instant.parse("2026-05-04T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-05-04T10:00:30Z");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static StakeholderRegistered cfo() {
    return new StakeholderRegistered(
        PROJECT, CFO, SEALED, "CFO", Set.of(Interest.BUDGET, Interest.SCHEDULE), "Finance");
  }

  private static Map<String, Object> ledger() {
    return Map.of(
        MetaDataKeys.ACTOR,
        Actor.LEDGER.userName(),
        MetaDataKeys.ACTOR_NAME,
        Actor.LEDGER.fullName(),
        MetaDataKeys.ROLES,
        List.of());
  }

  private static RecordNotificationOutcome outcome(DeliveryAttempt... attempts) {
    return new RecordNotificationOutcome(
        PROJECT,
        NOTE,
        CFO,
        NotificationKind.EVENT,
        Channel.WEBHOOK,
        ADDRESS,
        List.of(CAUSE),
        "WorkPackageRescheduled",
        "[PRJ-2026-014] Rescheduled",
        "ab".repeat(32),
        List.of(attempts));
  }

  @Test
  void theManagerSetsAPlanThatCoversTheStakeholdersInterests() {
    fixture
        .given(Given.chartered(), cfo())
        .when(
            new SetCommunicationPlan(PROJECT, CFO, Channel.EMAIL, ADDRESS, Frequency.ON_EVENT),
            Given.manager())
        .expectEvents(
            new CommunicationPlanSet(
                PROJECT,
                CFO,
                Channel.EMAIL,
                ADDRESS,
                Frequency.ON_EVENT,
                Set.of(Interest.BUDGET, Interest.SCHEDULE),
                null,
                null));
  }

  @Test
  void aForgottenStakeholderGetsNoPlan() {
    fixture
        .given(Given.chartered(), cfo(), new StakeholderForgotten(PROJECT, CFO, "Erasure"))
        .when(
            new SetCommunicationPlan(PROJECT, CFO, Channel.EMAIL, ADDRESS, Frequency.ON_EVENT),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.STAKEHOLDER_FORGOTTEN));
  }

  @Test
  void onlyTheManagerSetsPlans() {
    fixture
        .given(Given.chartered(), cfo())
        .when(
            new SetCommunicationPlan(PROJECT, CFO, Channel.EMAIL, ADDRESS, Frequency.ON_EVENT),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aDeliveryAfterTwoFailedTriesIsOneNotificationWithEveryTry() {
    DeliveryAttempt first = new DeliveryAttempt(1, T1, false, "HTTP 503");
    DeliveryAttempt second = new DeliveryAttempt(2, T2, true, "HTTP 204");
    fixture
        .given(Given.chartered(), cfo())
        .when(outcome(first, second), ledger())
        .expectEvents(
            new StakeholderNotified(
                PROJECT,
                NOTE,
                CFO,
                NotificationKind.EVENT,
                Channel.WEBHOOK,
                ADDRESS,
                List.of(CAUSE),
                "WorkPackageRescheduled",
                "[PRJ-2026-014] Rescheduled",
                "ab".repeat(32),
                T2,
                List.of(first, second)));
  }

  @Test
  void aNotificationIsRecordedOnceAndOnAClosedProjectToo() {
    DeliveryAttempt failed = new DeliveryAttempt(1, T1, false, "timed out");
    fixture
        .given(
            Given.chartered(),
            cfo(),
            new ProjectClosed(
                PROJECT,
                "Done",
                signedBy("pmo", SignatureMeaning.RESPONSIBILITY),
                ProjectState.CHARTERED))
        .when(outcome(failed), ledger())
        .expectEvents(
            new NotificationFailed(
                PROJECT,
                NOTE,
                CFO,
                NotificationKind.EVENT,
                Channel.WEBHOOK,
                ADDRESS,
                List.of(CAUSE),
                "WorkPackageRescheduled",
                "[PRJ-2026-014] Rescheduled",
                "ab".repeat(32),
                T1,
                List.of(failed)));
    fixture
        .given(Given.chartered(), cfo())
        .andGiven(
            new StakeholderNotified(
                PROJECT,
                NOTE,
                CFO,
                NotificationKind.EVENT,
                Channel.WEBHOOK,
                ADDRESS,
                List.of(CAUSE),
                "WorkPackageRescheduled",
                "s",
                "d",
                T1,
                List.of(failed)))
        .when(outcome(failed), ledger())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void noUserRecordsANotification() {
    fixture
        .given(Given.chartered(), cfo())
        .when(outcome(new DeliveryAttempt(1, T1, true, "250 OK")), Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }
}

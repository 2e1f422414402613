package org.projectledger.domain;

import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Refusals.refusedWith;

import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.RegisterStakeholder;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;

class RegisteringStakeholdersTest {

  private static final UUID STAKEHOLDER = UUID.fromString("00000000-0000-0000-0000-0000000000ae");
  private static final SealedPersonalData SEALED =
      new SealedPersonalData(STAKEHOLDER, "bm9uY2U=", "c2VhbGVk");
  private static final StakeholderRegistered REGISTERED =
      new StakeholderRegistered(
          PROJECT, STAKEHOLDER, SEALED, "CFO", Set.of(Interest.BUDGET), "Finance");

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void thePmoRegistersAStakeholderWhosePersonalDataStaysSealed() {
    fixture
        .given(Given.chartered())
        .when(
            new RegisterStakeholder(
                PROJECT, STAKEHOLDER, SEALED, "CFO", Set.of(Interest.BUDGET), "Finance"),
            Actors.pmo())
        .expectEvents(REGISTERED);
  }

  @Test
  void onlyThePmoRegistersStakeholders() {
    fixture
        .given(Given.chartered())
        .when(
            new RegisterStakeholder(PROJECT, STAKEHOLDER, SEALED, "CFO", Set.of(), null),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void aStakeholderIsRegisteredOnce() {
    fixture
        .given(Given.chartered(), REGISTERED)
        .when(
            new RegisterStakeholder(PROJECT, STAKEHOLDER, SEALED, "CFO", Set.of(), null),
            Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void theManagerChangesInterestsWithAReasonRecordingOldAndNew() {
    fixture
        .given(Given.chartered(), REGISTERED)
        .when(
            new UpdateStakeholderInterests(
                PROJECT,
                STAKEHOLDER,
                Set.of(Interest.BUDGET, Interest.RISK),
                "Joined the risk board"),
            Given.manager())
        .expectEvents(
            new StakeholderInterestsChanged(
                PROJECT,
                STAKEHOLDER,
                Set.of(Interest.BUDGET),
                Set.of(Interest.BUDGET, Interest.RISK),
                "Joined the risk board"));
  }

  @Test
  void thePmoHasAStakeholderForgottenWithAReason() {
    fixture
        .given(Given.chartered(), REGISTERED)
        .when(new ForgetStakeholder(PROJECT, STAKEHOLDER, "Erasure request 2026-17"), Actors.pmo())
        .expectEvents(new StakeholderForgotten(PROJECT, STAKEHOLDER, "Erasure request 2026-17"));
  }

  @Test
  void onlyThePmoHasAStakeholderForgottenAndOnlyOnce() {
    fixture
        .given(Given.chartered(), REGISTERED)
        .when(new ForgetStakeholder(PROJECT, STAKEHOLDER, "Asked"), Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
    fixture
        .given(
            Given.chartered(), REGISTERED, new StakeholderForgotten(PROJECT, STAKEHOLDER, "Asked"))
        .when(new ForgetStakeholder(PROJECT, STAKEHOLDER, "Asked again"), Actors.pmo())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.DUPLICATE_ID));
  }

  @Test
  void anUnknownStakeholderIsNotFound() {
    fixture
        .given(Given.chartered())
        .when(
            new UpdateStakeholderInterests(PROJECT, STAKEHOLDER, Set.of(), "No longer involved"),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.NOT_FOUND));
  }
}

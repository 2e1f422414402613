package org.projectledger.domain.stakeholders;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireReason;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.CommunicationPlanSet;
import org.projectledger.api.communications.Frequency;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.RecordNotificationOutcome;
import org.projectledger.api.communications.SetCommunicationPlan;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.Interests;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;

/**
 * One stakeholder of a project, a member with its own identity: what they are interested in, how
 * they are told, what was sent to them, and whether they were forgotten. Whoever may act on a
 * stakeholder was admitted by the project first.
 */
public final class Stakeholder {

  private UUID projectId;
  @EntityId private UUID stakeholderId;
  private Set<Interest> interests = new HashSet<>();
  private boolean forgotten;
  private Channel channel;
  private Frequency frequency;
  private Set<UUID> notifications = new HashSet<>();

  /** For snapshots. */
  Stakeholder() {}

  public Stakeholder(StakeholderRegistered registered) {
    this.projectId = registered.projectId();
    this.stakeholderId = registered.stakeholderId();
    this.interests = Interests.of(registered.interests());
  }

  @CommandHandler
  void handle(UpdateStakeholderInterests command) {
    requireReason(command.reason());
    apply(
        new StakeholderInterestsChanged(
            projectId, stakeholderId, interests, command.interests(), command.reason()));
  }

  @CommandHandler
  void handle(ForgetStakeholder command) {
    requireReason(command.reason());
    require(!forgotten, ErrorCode.DUPLICATE_ID, "The stakeholder is already forgotten");
    apply(new StakeholderForgotten(projectId, stakeholderId, command.reason()));
  }

  @CommandHandler
  void handle(SetCommunicationPlan command) {
    require(
        !forgotten,
        ErrorCode.STAKEHOLDER_FORGOTTEN,
        "The stakeholder was forgotten: nothing more is sent to them");
    apply(
        new CommunicationPlanSet(
            projectId,
            stakeholderId,
            command.channel(),
            command.address(),
            command.frequency(),
            interests,
            channel,
            frequency));
  }

  /**
   * What became of a notification, recorded once (on a closed project too: the notice of closure is
   * itself communicated); a second outcome for the same id is refused.
   */
  @CommandHandler
  void handle(RecordNotificationOutcome command) {
    requireNew(
        !notifications.contains(command.notificationId()),
        "notification",
        command.notificationId());
    require(
        !command.attempts().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "A notification's outcome names at least one try");
    var last = command.attempts().get(command.attempts().size() - 1);
    apply(
        command.delivered()
            ? new StakeholderNotified(
                projectId,
                command.notificationId(),
                stakeholderId,
                command.kind(),
                command.channel(),
                command.address(),
                command.sourceEventIds(),
                command.sourceEventType(),
                command.subject(),
                command.bodySha256(),
                last.at(),
                command.attempts())
            : new NotificationFailed(
                projectId,
                command.notificationId(),
                stakeholderId,
                command.kind(),
                command.channel(),
                command.address(),
                command.sourceEventIds(),
                command.sourceEventType(),
                command.subject(),
                command.bodySha256(),
                last.at(),
                command.attempts()));
  }

  @EventSourcingHandler
  void on(StakeholderInterestsChanged event) {
    interests = Interests.of(event.newInterests());
  }

  @EventSourcingHandler
  void on(StakeholderForgotten event) {
    forgotten = true;
  }

  @EventSourcingHandler
  void on(CommunicationPlanSet event) {
    channel = event.channel();
    frequency = event.frequency();
  }

  @EventSourcingHandler
  void on(StakeholderNotified event) {
    notifications.add(event.notificationId());
  }

  @EventSourcingHandler
  void on(NotificationFailed event) {
    notifications.add(event.notificationId());
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Stakeholder other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(stakeholderId, other.stakeholderId)
        && Objects.equals(interests, other.interests)
        && forgotten == other.forgotten
        && channel == other.channel
        && frequency == other.frequency
        && Objects.equals(notifications, other.notifications);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stakeholderId, interests, forgotten, channel, frequency);
  }
}

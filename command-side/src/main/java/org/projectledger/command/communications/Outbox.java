package org.projectledger.command.communications;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.projectledger.api.EventSummaries;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.CommunicationPlanSet;
import org.projectledger.api.communications.Frequency;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.Topics;
import org.projectledger.command.communications.Messages.Composed;
import org.projectledger.command.communications.Messages.ProjectName;
import org.projectledger.command.communications.Messages.Told;
import org.projectledger.platform.BusinessDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The transactional outbox, fed by the event stream: runs in the transaction that appends each
 * event (see {@link CommunicationsConfiguration}). It keeps the communication plans, queues one
 * message per event and stakeholder whose plan covers it (or a digest entry for a weekly plan), and
 * marks a message done when the ledger records its outcome. Ids derive from (event, stakeholder),
 * so nothing can be queued twice.
 */
@Component
@ProcessingGroup(Outbox.GROUP)
class Outbox {

  static final String GROUP = "communications";

  private final JdbcTemplate jdbc;
  private final Messages messages;
  private final BusinessDates dates;

  Outbox(JdbcTemplate jdbc, Messages messages, BusinessDates dates) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.dates = dates;
  }

  @EventHandler
  void on(Object event, DomainEventMessage<?> message) {
    UUID projectId = UUID.fromString(message.getAggregateIdentifier());
    if (event instanceof ProjectChartered e) {
      jdbc.update(
          "INSERT INTO communication_project (project_id, code, name) VALUES (?, ?, ?)",
          projectId,
          e.code(),
          e.name());
    } else if (event instanceof CommunicationPlanSet e) {
      setPlan(projectId, e);
    } else if (event instanceof StakeholderInterestsChanged e) {
      jdbc.update(
          "UPDATE communication_plan SET topics = ? WHERE project_id = ? AND stakeholder_id = ?",
          names(e.newInterests()),
          projectId,
          e.stakeholderId());
    } else if (event instanceof StakeholderForgotten e) {
      jdbc.update(
          "UPDATE communication_plan SET forgotten = TRUE WHERE project_id = ? AND stakeholder_id = ?",
          projectId,
          e.stakeholderId());
    } else if (event instanceof StakeholderNotified e) {
      settle(e.notificationId(), "DELIVERED");
    } else if (event instanceof NotificationFailed e) {
      settle(e.notificationId(), "FAILED");
    }
    queue(projectId, event, message);
  }

  private void setPlan(UUID projectId, CommunicationPlanSet e) {
    Object[] values = {
      e.channel().name(),
      e.address().keyId(),
      e.address().nonce(),
      e.address().ciphertext(),
      e.frequency().name(),
      names(e.topics()),
      projectId,
      e.stakeholderId()
    };
    int updated =
        jdbc.update(
            """
            UPDATE communication_plan SET channel = ?, address_key = ?, address_nonce = ?,
                address_ciphertext = ?, frequency = ?, topics = ?, forgotten = FALSE
            WHERE project_id = ? AND stakeholder_id = ?
            """,
            values);
    if (updated == 0) {
      jdbc.update(
          """
          INSERT INTO communication_plan (channel, address_key, address_nonce, address_ciphertext,
              frequency, topics, project_id, stakeholder_id, forgotten)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)
          """,
          values);
    }
  }

  private void settle(UUID notificationId, String status) {
    jdbc.update(
        """
        UPDATE notification_outbox SET status = ?, lease_owner = NULL, lease_until = NULL
        WHERE notification_id = ?
        """,
        status,
        notificationId);
  }

  private void queue(UUID projectId, Object event, DomainEventMessage<?> message) {
    String type = event.getClass().getSimpleName();
    if (!Topics.coveredAtAll(type)) {
      // No plan can cover it: spare the appending transaction the look-up.
      return;
    }
    List<Map<String, Object>> plans =
        jdbc.queryForList(
            """
            SELECT stakeholder_id, channel, address_key, address_nonce, address_ciphertext,
                frequency, topics
            FROM communication_plan WHERE project_id = ? AND forgotten = FALSE
            """,
            projectId);
    if (plans.isEmpty()) {
      return;
    }
    Told told = told(event, message);
    Instant recordedAt = message.getTimestamp();
    for (Map<String, Object> plan : plans) {
      String topics = (String) plan.get("topics");
      if (topics.isEmpty() || !Topics.covers(interests(topics), type)) {
        continue;
      }
      UUID stakeholderId = (UUID) plan.get("stakeholder_id");
      if (Frequency.valueOf((String) plan.get("frequency")) == Frequency.WEEKLY_DIGEST) {
        jdbc.update(
            """
            INSERT INTO digest_entry (project_id, stakeholder_id, event_id, event_type, summary,
                actor, recorded_at, week_start)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            projectId,
            stakeholderId,
            told.eventId(),
            type,
            clip(told.summary(), 2000),
            told.actor(),
            Timestamp.from(recordedAt),
            dates.weekOf(recordedAt));
        continue;
      }
      Channel channel = Channel.valueOf((String) plan.get("channel"));
      UUID notificationId =
          UUID.nameUUIDFromBytes(
              ("event:" + told.eventId() + ":" + stakeholderId).getBytes(StandardCharsets.UTF_8));
      Composed composed =
          messages.aboutEvent(
              NotificationKind.EVENT,
              channel,
              notificationId,
              project(projectId),
              stakeholderId,
              topics,
              told);
      jdbc.update(
          """
          INSERT INTO notification_outbox (notification_id, project_id, stakeholder_id, kind,
              channel, address_key, address_nonce, address_ciphertext, source_event_ids,
              source_event_type, subject, body, body_sha256, status, attempts, attempt_count,
              next_attempt_at, queued_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', '[]', 0, ?, ?)
          """,
          notificationId,
          projectId,
          stakeholderId,
          NotificationKind.EVENT.name(),
          channel.name(),
          plan.get("address_key"),
          plan.get("address_nonce"),
          plan.get("address_ciphertext"),
          told.eventId(),
          type,
          composed.subject(),
          composed.body(),
          composed.bodySha256(),
          Timestamp.from(recordedAt),
          Timestamp.from(recordedAt));
    }
  }

  ProjectName project(UUID projectId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT code, name FROM communication_project WHERE project_id = ?", projectId);
    return rows.isEmpty()
        ? new ProjectName(projectId, null, null)
        : new ProjectName(
            projectId, (String) rows.get(0).get("code"), (String) rows.get(0).get("name"));
  }

  private static Told told(Object event, DomainEventMessage<?> message) {
    Object actorName = message.getMetaData().get(MetaDataKeys.ACTOR_NAME);
    Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
    Object reason = message.getMetaData().get(MetaDataKeys.REASON);
    return new Told(
        message.getIdentifier(),
        event.getClass().getSimpleName(),
        message.getSequenceNumber(),
        message.getTimestamp(),
        EventSummaries.of(event),
        actorName != null ? actorName.toString() : actor == null ? null : actor.toString(),
        reason == null ? null : reason.toString());
  }

  private static String names(Set<Interest> interests) {
    return interests.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static Set<Interest> interests(String names) {
    Set<Interest> interests = EnumSet.noneOf(Interest.class);
    for (String name : names.split(",")) {
      if (!name.isEmpty()) {
        interests.add(Interest.valueOf(name));
      }
    }
    return interests;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

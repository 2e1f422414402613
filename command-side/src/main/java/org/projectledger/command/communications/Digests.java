package org.projectledger.command.communications;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.command.communications.Messages.Composed;
import org.projectledger.command.communications.Messages.Told;
import org.projectledger.domain.Project;
import org.projectledger.platform.BusinessDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly digests: once a week (Monday to Sunday, in the business time zone) has ended and {@code
 * digest-send-at} has passed, each stakeholder on a weekly plan gets one message that lists the
 * week's events their interests cover and where the project stood on the week's last day, read from
 * the project itself. The digest is queued in the outbox like any other message, under an id
 * derived from (stakeholder, week), so a week is never digested twice, by one node or several.
 */
@Component
class Digests {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final CommunicationsProperties properties;
  private final Messages messages;
  private final Outbox outbox;
  private final ObjectProvider<Configuration> axon;
  private final BusinessDates dates;

  Digests(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock,
      CommunicationsProperties properties,
      Messages messages,
      Outbox outbox,
      ObjectProvider<Configuration> axon,
      BusinessDates dates) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
    this.messages = messages;
    this.outbox = outbox;
    this.axon = axon;
    this.dates = dates;
  }

  /** Queues the digest of every ended week not digested yet. */
  void queueDue() {
    Instant now = clock.instant();
    // Week W is due once now >= W + 7 days + digest-send-at.
    LocalDate lastDue =
        dates.weekOf(now.minus(properties.digestSendAt()).minusSeconds(7L * 24 * 3600));
    List<Map<String, Object>> due =
        jdbc.queryForList(
            """
            SELECT DISTINCT project_id, stakeholder_id, week_start FROM digest_entry
            WHERE notification_id IS NULL AND week_start <= ?
            """,
            lastDue);
    for (Map<String, Object> week : due) {
      queue(
          (UUID) week.get("project_id"),
          (UUID) week.get("stakeholder_id"),
          ((java.sql.Date) week.get("week_start")).toLocalDate());
    }
  }

  private void queue(UUID projectId, UUID stakeholderId, LocalDate weekStart) {
    // The figures as they stand on the last day of the week the digest covers.
    ProjectFigures figures = figures(projectId, weekStart.plusDays(6));
    Instant figuresAt = clock.instant();
    UUID notificationId =
        UUID.nameUUIDFromBytes(
            ("digest:" + projectId + ":" + stakeholderId + ":" + weekStart)
                .getBytes(StandardCharsets.UTF_8));
    try {
      transaction.executeWithoutResult(
          status -> {
            List<Map<String, Object>> plan =
                jdbc.queryForList(
                    """
                    SELECT channel, address_key, address_nonce, address_ciphertext
                    FROM communication_plan WHERE project_id = ? AND stakeholder_id = ?
                    """,
                    projectId,
                    stakeholderId);
            List<Told> events =
                jdbc.query(
                    """
                    SELECT event_id, event_type, summary, actor, recorded_at FROM digest_entry
                    WHERE project_id = ? AND stakeholder_id = ? AND week_start = ?
                      AND notification_id IS NULL
                    ORDER BY recorded_at, event_id
                    """,
                    (rs, n) ->
                        new Told(
                            rs.getString("event_id"),
                            rs.getString("event_type"),
                            -1,
                            rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("summary"),
                            rs.getString("actor"),
                            null),
                    projectId,
                    stakeholderId,
                    weekStart);
            if (plan.isEmpty() || events.isEmpty()) {
              return;
            }
            Channel channel = Channel.valueOf((String) plan.get(0).get("channel"));
            Composed composed =
                messages.digest(
                    channel,
                    notificationId,
                    outbox.project(projectId),
                    stakeholderId,
                    weekStart,
                    events,
                    figures,
                    figuresAt);
            jdbc.update(
                """
                INSERT INTO notification_outbox (notification_id, project_id, stakeholder_id, kind,
                    channel, address_key, address_nonce, address_ciphertext, source_event_ids,
                    source_event_type, subject, body, body_sha256, status, attempts, attempt_count,
                    next_attempt_at, queued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WeeklyDigest', ?, ?, ?, 'PENDING', '[]', 0, ?, ?)
                """,
                notificationId,
                projectId,
                stakeholderId,
                NotificationKind.WEEKLY_DIGEST.name(),
                channel.name(),
                plan.get(0).get("address_key"),
                plan.get(0).get("address_nonce"),
                plan.get(0).get("address_ciphertext"),
                String.join(",", events.stream().map(Told::eventId).toList()),
                composed.subject(),
                composed.body(),
                composed.bodySha256(),
                Timestamp.from(figuresAt),
                Timestamp.from(figuresAt));
            jdbc.update(
                """
                UPDATE digest_entry SET notification_id = ?
                WHERE project_id = ? AND stakeholder_id = ? AND week_start = ?
                  AND notification_id IS NULL
                """,
                notificationId,
                projectId,
                stakeholderId,
                weekStart);
          });
    } catch (DuplicateKeyException queuedBefore) {
      // Another node queued this week's digest first. Entries that reached the week only after its
      // digest was queued (a clock running behind) are marked too, rather than looked at forever;
      // each is still in the audit trail and the stakeholder's timeline.
      jdbc.update(
          """
          UPDATE digest_entry SET notification_id = ?
          WHERE project_id = ? AND stakeholder_id = ? AND week_start = ?
            AND notification_id IS NULL
          """,
          notificationId,
          projectId,
          stakeholderId,
          weekStart);
    }
  }

  /** The project's figures on a date, read from the aggregate (cache or snapshot and events). */
  private ProjectFigures figures(UUID projectId, LocalDate statusDate) {
    var repository = axon.getObject().repository(Project.class);
    ResultMessage<ProjectFigures> result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () ->
                    repository
                        .load(projectId.toString())
                        .invoke(project -> project.figures(statusDate)));
    if (result.isExceptional()) {
      throw new IllegalStateException("Cannot read project " + projectId, result.exceptionResult());
    }
    return result.getPayload();
  }
}

package org.projectledger.command.communications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.DeliveryAttempt;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.RecordNotificationOutcome;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.platform.Poller;
import org.projectledger.platform.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds, on one background thread per node. A node takes a message by
 * leasing its row; tries it; writes down the try before anything else (so that a restart never
 * sends again what a receiver took); and then has the ledger record the outcome as {@link
 * org.projectledger.api.communications.StakeholderNotified} or, after the last try, {@link
 * org.projectledger.api.communications.NotificationFailed}. A failed try waits with exponential
 * back-off. Any number of nodes may deliver: a lease keeps two of them off the same message, and
 * one that dies holding a lease loses it when it runs out.
 *
 * <p>The one window left is a crash after a receiver took a message and before the try was written
 * down: then the message goes again after the restart, with the same {@code X-Ledger-Notification}
 * id, and the ledger still records it once.
 */
@Component
class Deliveries implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
  private static final TypeReference<List<DeliveryAttempt>> ATTEMPTS = new TypeReference<>() {};
  private static final int BATCH = 20;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final CommunicationsProperties properties;
  private final PersonalDataVault vault;
  private final CommandGateway commands;
  private final Digests digests;
  private final ObjectMapper json;
  private final Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
  private final String node = "node-" + UUID.randomUUID();
  private final Poller poller = new Poller();

  Deliveries(
      JdbcTemplate jdbc,
      Clock clock,
      CommunicationsProperties properties,
      PersonalDataVault vault,
      CommandGateway commands,
      Digests digests,
      ObjectMapper json,
      List<Transport> transports) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.vault = vault;
    this.commands = commands;
    this.digests = digests;
    this.json = json;
    transports.forEach(transport -> this.transports.put(transport.channel(), transport));
  }

  @Override
  public void start() {
    if (!properties.deliveries()) {
      LOG.info("Notification deliveries are off on this node (ledger.communications.deliveries)");
      return;
    }
    poller.start("ledger-communications", properties.pollInterval(), this::poll);
  }

  /** Lets a try under way finish (never interrupts a send), then stops. */
  @Override
  public void stop() {
    poller.stop(properties.webhookTimeout().plusSeconds(5));
  }

  @Override
  public boolean isRunning() {
    return poller.isRunning();
  }

  /** Stops before Axon and the data source do, starts after them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }

  void poll() {
    try {
      digests.queueDue();
      deliverDue();
      recordSettled();
    } catch (RuntimeException e) {
      // The database may be away for a moment: nothing is lost, the next poll goes on.
      LOG.warn("Notification delivery paused: {}", e.toString());
    }
  }

  private void deliverDue() {
    Instant now = clock.instant();
    List<UUID> due =
        jdbc.queryForList(
            """
            SELECT notification_id FROM notification_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= ?
              AND (lease_until IS NULL OR lease_until < ?)
            ORDER BY next_attempt_at LIMIT ?
            """,
            UUID.class,
            Timestamp.from(now),
            Timestamp.from(now),
            BATCH);
    for (UUID id : due) {
      if (poller.isRunning() && claim(id, "'PENDING'")) {
        try {
          deliver(id);
        } finally {
          release(id);
        }
      }
    }
  }

  private void recordSettled() {
    Instant now = clock.instant();
    List<UUID> settled =
        jdbc.queryForList(
            """
            SELECT notification_id FROM notification_outbox
            WHERE status IN ('SENT', 'GAVE_UP') AND (lease_until IS NULL OR lease_until < ?)
            ORDER BY next_attempt_at LIMIT ?
            """,
            UUID.class,
            Timestamp.from(now),
            BATCH);
    for (UUID id : settled) {
      if (claim(id, "'SENT', 'GAVE_UP'")) {
        try {
          record(load(id));
        } finally {
          release(id);
        }
      }
    }
  }

  private boolean claim(UUID id, String statuses) {
    Instant now = clock.instant();
    return jdbc.update(
            "UPDATE notification_outbox SET lease_owner = ?, lease_until = ?"
                + " WHERE notification_id = ? AND status IN ("
                + statuses
                + ") AND (lease_until IS NULL OR lease_until < ?)",
            node,
            Timestamp.from(now.plus(properties.lease())),
            id,
            Timestamp.from(now))
        == 1;
  }

  private void release(UUID id) {
    jdbc.update(
        """
        UPDATE notification_outbox SET lease_owner = NULL, lease_until = NULL
        WHERE notification_id = ? AND lease_owner = ?
        """,
        id,
        node);
  }

  private void deliver(UUID id) {
    Row row = load(id);
    int number = row.attempts().size() + 1;
    Optional<String> address = vault.openText(row.address());
    Transport.Result result =
        address.isEmpty()
            ? new Transport.Result(false, "not sent: the stakeholder was forgotten")
            : transports
                .get(row.channel())
                .send(row.notificationId(), address.get(), row.subject(), row.body());
    Instant at = clock.instant();
    List<DeliveryAttempt> attempts = new ArrayList<>(row.attempts());
    attempts.add(new DeliveryAttempt(number, at, result.delivered(), result.outcome()));
    String status;
    Instant next = at;
    if (result.delivered()) {
      status = "SENT";
    } else if (number >= properties.maxAttempts() || address.isEmpty()) {
      status = "GAVE_UP";
    } else {
      status = "PENDING";
      next = at.plus(properties.backoffAfter(number));
    }
    // Written down before the ledger records it: after a crash from here on, nothing is re-sent.
    jdbc.update(
        """
        UPDATE notification_outbox SET status = ?, attempts = ?, attempt_count = ?,
            next_attempt_at = ?
        WHERE notification_id = ? AND lease_owner = ?
        """,
        status,
        write(attempts),
        attempts.size(),
        Timestamp.from(next),
        id,
        node);
    LOG.info(
        "Notification {} try {} by {}: {}",
        id,
        number,
        row.channel(),
        result.delivered() ? "delivered" : result.outcome());
    if (!status.equals("PENDING")) {
      record(row.withAttempts(attempts));
    }
  }

  /** Has the ledger record the outcome; the outbox row is settled in the same transaction. */
  private void record(Row row) {
    RecordNotificationOutcome command =
        new RecordNotificationOutcome(
            row.projectId(),
            row.notificationId(),
            row.stakeholderId(),
            row.kind(),
            row.channel(),
            row.address(),
            row.sourceEventIds(),
            row.sourceEventType(),
            row.subject(),
            row.bodySha256(),
            row.attempts());
    try {
      commands.sendAndWait(
          GenericCommandMessage.asCommandMessage(command)
              .withMetaData(
                  MetaData.with(MetaDataKeys.ACTOR, Actor.LEDGER.userName())
                      .and(MetaDataKeys.ACTOR_NAME, Actor.LEDGER.fullName())
                      .and(MetaDataKeys.ROLES, new ArrayList<String>())
                      .and(MetaDataKeys.CORRELATION_ID, row.notificationId().toString())));
    } catch (LedgerException e) {
      if (e.code() == ErrorCode.DUPLICATE_ID) {
        // Recorded before (by another node, or before a crash): settle the row to match.
        jdbc.update(
            "UPDATE notification_outbox SET status = ? WHERE notification_id = ?",
            command.delivered() ? "DELIVERED" : "FAILED",
            row.notificationId());
      } else {
        LOG.error("The ledger refused the outcome of notification {}", row.notificationId(), e);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "The outcome of notification {} is not recorded yet, will try again: {}",
          row.notificationId(),
          e.toString());
    }
  }

  private record Row(
      UUID notificationId,
      UUID projectId,
      UUID stakeholderId,
      NotificationKind kind,
      Channel channel,
      SealedPersonalData address,
      List<UUID> sourceEventIds,
      String sourceEventType,
      String subject,
      String body,
      String bodySha256,
      List<DeliveryAttempt> attempts) {

    Row withAttempts(List<DeliveryAttempt> tries) {
      return new Row(
          notificationId,
          projectId,
          stakeholderId,
          kind,
          channel,
          address,
          sourceEventIds,
          sourceEventType,
          subject,
          body,
          bodySha256,
          List.copyOf(tries));
    }
  }

  private Row load(UUID id) {
    return jdbc.queryForObject(
        """
        SELECT notification_id, project_id, stakeholder_id, kind, channel, address_key,
            address_nonce, address_ciphertext, source_event_ids, source_event_type, subject, body,
            body_sha256, attempts
        FROM notification_outbox WHERE notification_id = ?
        """,
        (rs, n) ->
            new Row(
                rs.getObject("notification_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("stakeholder_id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")),
                new SealedPersonalData(
                    rs.getObject("address_key", UUID.class),
                    rs.getString("address_nonce"),
                    rs.getString("address_ciphertext")),
                Arrays.stream(rs.getString("source_event_ids").split(","))
                    .map(UUID::fromString)
                    .toList(),
                rs.getString("source_event_type"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("body_sha256"),
                read(rs.getString("attempts"))),
        id);
  }

  private String write(List<DeliveryAttempt> attempts) {
    try {
      return json.writeValueAsString(attempts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<DeliveryAttempt> read(String attempts) {
    try {
      return json.readValue(attempts, ATTEMPTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.projectledger.command.communications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.NotificationKind;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.platform.ledger.SignedHeads;
import org.springframework.stereotype.Component;

/**
 * Writes what a stakeholder is sent: an e-mail's subject and plain text, or a webhook's JSON. The
 * text is written once, when the message is queued, so that every try sends the same bytes and the
 * SHA-256 recorded as proof is the digest of exactly what was sent: a webhook's body as posted, an
 * e-mail's text as composed (UTF-8, lines ending in LF; SMTP carries them as CRLF). E-mail text
 * ends without a line break, as a mail store gives it back.
 */
@Component
class Messages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** A message ready to send. */
  record Composed(String subject, String body, String bodySha256) {}

  /** The project as a subject line names it. */
  record ProjectName(UUID projectId, String code, String name) {
    String label() {
      return code == null ? projectId.toString() : code + " \"" + name + "\"";
    }

    String tag() {
      return "[" + (code == null ? projectId.toString() : code) + "] ";
    }
  }

  /** One event as a message tells it. */
  record Told(
      String eventId,
      String type,
      long sequence,
      Instant recordedAt,
      String summary,
      String actor,
      String reason) {}

  private final ObjectMapper json;
  private final SignedHeads heads;

  Messages(ObjectMapper json, SignedHeads heads) {
    this.json = json;
    this.heads = heads;
  }

  Composed aboutEvent(
      NotificationKind kind,
      Channel channel,
      UUID notificationId,
      ProjectName project,
      UUID stakeholderId,
      String topics,
      Told told) {
    String subject = clip(project.tag() + told.summary(), 500);
    if (channel == Channel.WEBHOOK) {
      Map<String, Object> body = envelope(notificationId, kind, project, stakeholderId, subject);
      body.put("topics", List.of(topics.split(",")));
      body.put("events", List.of(event(told)));
      body.put("ledgerHead", heads.current().orElse(null));
      return composed(subject, write(body));
    }
    StringBuilder text = new StringBuilder();
    text.append("Project ").append(project.label()).append("\n\n");
    text.append(told.summary()).append("\n\n");
    text.append("Recorded:  ").append(WHEN.format(told.recordedAt())).append('\n');
    if (told.actor() != null) {
      text.append("By:        ").append(told.actor()).append('\n');
    }
    if (told.reason() != null) {
      text.append("Reason:    ").append(told.reason()).append('\n');
    }
    text.append("Event:     ")
        .append(told.type())
        .append(' ')
        .append(told.eventId())
        .append(" (version ")
        .append(told.sequence())
        .append(")\n\n");
    text.append("You receive this because your interests in the project include ")
        .append(topics.replace(",", ", "))
        .append(".\nNotification ")
        .append(notificationId);
    return composed(subject, text.toString());
  }

  Composed digest(
      Channel channel,
      UUID notificationId,
      ProjectName project,
      UUID stakeholderId,
      LocalDate weekStart,
      List<Told> events,
      ProjectFigures figures,
      Instant figuresAt) {
    String subject =
        clip(
            project.tag()
                + "Weekly digest, "
                + weekStart
                + " to "
                + weekStart.plusDays(6)
                + ": "
                + events.size()
                + " event(s)",
            500);
    if (channel == Channel.WEBHOOK) {
      Map<String, Object> body =
          envelope(notificationId, NotificationKind.WEEKLY_DIGEST, project, stakeholderId, subject);
      body.put("weekStart", weekStart.toString());
      body.put("weekEnd", weekStart.plusDays(6).toString());
      List<Map<String, Object>> told = new ArrayList<>();
      events.forEach(event -> told.add(event(event)));
      body.put("events", told);
      Map<String, Object> now = new LinkedHashMap<>();
      now.put("asOf", figuresAt.toString());
      now.put("state", figures.state() == null ? null : figures.state().name());
      now.put("currency", figures.currency());
      now.put("bac", figures.budgetAtCompletion());
      now.put("ev", figures.earnedValue());
      now.put("ac", figures.actualCost());
      now.put("cpi", figures.costPerformanceIndex());
      now.put("eac", figures.estimateAtCompletion());
      body.put("figures", now);
      body.put("ledgerHead", heads.current().orElse(null));
      return composed(subject, write(body));
    }
    StringBuilder text = new StringBuilder();
    text.append("Project ")
        .append(project.label())
        .append(": weekly digest for ")
        .append(weekStart)
        .append(" to ")
        .append(weekStart.plusDays(6))
        .append(" (UTC)\n\n");
    text.append("What happened (").append(events.size()).append("):\n");
    for (Told event : events) {
      text.append("- ")
          .append(WHEN.format(event.recordedAt()))
          .append("  ")
          .append(event.summary());
      if (event.actor() != null) {
        text.append(" (").append(event.actor()).append(')');
      }
      text.append('\n');
    }
    String currency = figures.currency() == null ? "" : " " + figures.currency();
    text.append("\nWhere the project stands, as the ledger knew it at ")
        .append(WHEN.format(figuresAt))
        .append(":\n");
    text.append("  State:                          ").append(figures.state()).append('\n');
    text.append("  Budget at completion (BAC):     ")
        .append(figures.budgetAtCompletion().toPlainString())
        .append(currency)
        .append('\n');
    text.append("  Earned value (EV):              ")
        .append(figures.earnedValue().toPlainString())
        .append(currency)
        .append('\n');
    text.append("  Actual cost (AC):               ")
        .append(figures.actualCost().toPlainString())
        .append(currency)
        .append('\n');
    text.append("  Cost performance index (CPI):   ")
        .append(
            figures.costPerformanceIndex() == null
                ? "n/a (nothing spent or earned yet)"
                : figures.costPerformanceIndex().toPlainString())
        .append('\n');
    text.append("  Estimate at completion (EAC):   ")
        .append(figures.estimateAtCompletion().toPlainString())
        .append(currency)
        .append("\n\n");
    heads.current().ifPresent(head -> signedHead(text, head));
    text.append("Notification ").append(notificationId);
    return composed(subject, text.toString());
  }

  /**
   * The ledger's signed head, for the stakeholder to keep: with the service's public key it shows
   * later that the ledger held this chain, whatever is done to the database since. The signed text
   * is the three lines' values as docs/ledger-format.md writes them.
   */
  private static void signedHead(StringBuilder text, SignedHead head) {
    text.append("The ledger's signed head when this was written (keep it: with the ledger's")
        .append(" public key it proves what the ledger held):\n");
    text.append("  Position:     ").append(head.position()).append('\n');
    text.append("  Hash:         ").append(head.hash()).append('\n');
    text.append("  Recorded at:  ").append(head.recordedAt()).append('\n');
    text.append("  Key:          ")
        .append(head.signature().algorithm())
        .append(' ')
        .append(head.signature().keyId())
        .append('\n');
    text.append("  Signature:    ").append(head.signature().value()).append("\n\n");
  }

  private static Map<String, Object> envelope(
      UUID notificationId,
      NotificationKind kind,
      ProjectName project,
      UUID stakeholderId,
      String subject) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("notificationId", notificationId.toString());
    body.put("kind", kind.name());
    body.put("projectId", project.projectId().toString());
    body.put("projectCode", project.code());
    body.put("projectName", project.name());
    body.put("stakeholderId", stakeholderId.toString());
    body.put("subject", subject);
    return body;
  }

  private static Map<String, Object> event(Told told) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", told.eventId());
    event.put("type", told.type());
    event.put("version", told.sequence());
    event.put("recordedAt", told.recordedAt().toString());
    event.put("summary", told.summary());
    event.put("actor", told.actor());
    event.put("reason", told.reason());
    return event;
  }

  private String write(Map<String, Object> body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a webhook body", e);
    }
  }

  private static Composed composed(String subject, String body) {
    return new Composed(subject, body, sha256(body));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String text, int max) {
    String oneLine = text.replace('\r', ' ').replace('\n', ' ');
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }
}

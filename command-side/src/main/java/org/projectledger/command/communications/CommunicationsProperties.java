package org.projectledger.command.communications;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications are delivered ({@code ledger.communications.*}). E-mail goes through Spring's
 * mail support ({@code spring.mail.host}, {@code port}, {@code username}, {@code password}, and
 * {@code spring.mail.properties.mail.smtp.starttls.enable} for TLS).
 *
 * @param deliveries whether this node delivers (every node queues; any number may deliver)
 * @param pollInterval how often the outbox is looked at
 * @param maxAttempts tries per notification before it is recorded as failed
 * @param initialBackoff wait after the first failed try; each further wait is {@code
 *     backoffMultiplier} times longer, up to {@code maxBackoff}
 * @param backoffMultiplier growth of the wait between tries
 * @param maxBackoff the longest wait between tries
 * @param lease how long a node may work on one notification before another may take it over
 * @param webhookTimeout how long a webhook receiver has to answer
 * @param webhookSecret the key of the HMAC-SHA256 signature on every webhook; without one, webhooks
 *     are not sent (and are recorded as failed after their tries)
 * @param webhookAllowedHosts receivers a webhook may reach although their address is internal
 *     (loopback, private, link-local…): {@code host} or {@code host:port} entries, a comma list
 * @param mailFrom the sender of e-mails
 * @param digestSendAt when, after the end of a week (Monday 00:00 in the business time zone), its
 *     digest leaves
 */
@ConfigurationProperties(prefix = "ledger.communications")
public record CommunicationsProperties(
    Boolean deliveries,
    Duration pollInterval,
    Integer maxAttempts,
    Duration initialBackoff,
    Double backoffMultiplier,
    Duration maxBackoff,
    Duration lease,
    Duration webhookTimeout,
    String webhookSecret,
    List<String> webhookAllowedHosts,
    String mailFrom,
    Duration digestSendAt) {

  public CommunicationsProperties {
    deliveries = deliveries == null || deliveries;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
    backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
    maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
    lease = lease == null ? Duration.ofMinutes(2) : lease;
    webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
    webhookAllowedHosts =
        webhookAllowedHosts == null ? List.of() : List.copyOf(webhookAllowedHosts);
    mailFrom = mailFrom == null ? "project-ledger@localhost" : mailFrom;
    digestSendAt = digestSendAt == null ? Duration.ofHours(7) : digestSendAt;
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("ledger.communications.max-attempts must be at least 1");
    }
  }

  /** The wait after the {@code attempt}-th failed try. */
  Duration backoffAfter(int attempt) {
    double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, attempt - 1);
    return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
  }
}

package org.projectledger.command.communications;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.projectledger.api.communications.Channel;
import org.springframework.stereotype.Component;

/**
 * A JSON POST to the stakeholder's webhook. It is signed: {@code X-Ledger-Signature: sha256=<hex>}
 * is the HMAC-SHA256, under the configured secret, of {@code <timestamp>.<body>}, where the
 * timestamp (Unix seconds) is sent as {@code X-Ledger-Timestamp}; a receiver refuses a timestamp
 * too far from its own clock, so a captured request cannot be replayed later. {@code
 * X-Ledger-Notification} names the notification, so a receiver can drop a second copy. Any 2xx
 * answer counts as delivered; a receiver that does not answer within the timeout has not taken it.
 */
@Component
class WebhookTransport implements Transport {

  static final String SIGNATURE = "X-Ledger-Signature";
  static final String TIMESTAMP = "X-Ledger-Timestamp";
  static final String NOTIFICATION = "X-Ledger-Notification";

  private final CommunicationsProperties properties;
  private final Clock clock;
  private final HttpClient client;

  WebhookTransport(CommunicationsProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(properties.webhookTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public Result send(UUID notificationId, String address, String subject, String body) {
    String secret = properties.webhookSecret();
    if (secret == null || secret.isBlank()) {
      return new Result(
          false,
          "not sent: no webhook signing secret is configured (ledger.communications.webhook-secret)");
    }
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(address))
              .timeout(properties.webhookTimeout())
              .header("Content-Type", "application/json")
              .header(TIMESTAMP, timestamp)
              .header(SIGNATURE, "sha256=" + sign(secret, timestamp, body))
              .header(NOTIFICATION, notificationId.toString())
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
      int status = answer.statusCode();
      return new Result(status >= 200 && status < 300, "HTTP " + status);
    } catch (HttpTimeoutException e) {
      return new Result(false, "no answer within " + properties.webhookTimeout());
    } catch (ConnectException e) {
      return new Result(false, "connection refused");
    } catch (IOException | IllegalArgumentException e) {
      return new Result(false, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, "interrupted while sending (the service was stopping)");
    }
  }

  /** HMAC-SHA256 of {@code <timestamp>.<body>}, in hex. */
  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

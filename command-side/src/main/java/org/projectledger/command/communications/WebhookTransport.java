package org.projectledger.command.communications;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.projectledger.api.communications.Channel;
import org.springframework.stereotype.Component;

/**
 * A JSON POST to the stakeholder's webhook. It is signed: {@code X-Ledger-Signature: sha256=<hex>}
 * is the HMAC-SHA256, under the configured secret, of {@code <timestamp>.<body>}, where the
 * timestamp (Unix seconds) is sent as {@code X-Ledger-Timestamp}; a receiver refuses a timestamp
 * too far from its own clock, so a captured request cannot be replayed later. {@code
 * X-Ledger-Notification} names the notification, so a receiver can drop a second copy. Any 2xx
 * answer counts as delivered; a receiver that does not answer within the timeout has not taken it.
 * A receiver at an internal address is never reached ({@link ReceiverAddresses}), and what is
 * recorded of a failed try is coarse: the HTTP status, no answer, no connection, or refused.
 */
@Component
class WebhookTransport implements Transport, AutoCloseable {

  static final String SIGNATURE = "X-Ledger-Signature";
  static final String TIMESTAMP = "X-Ledger-Timestamp";
  static final String NOTIFICATION = "X-Ledger-Notification";

  private final CommunicationsProperties properties;
  private final Clock clock;
  private final ReceiverAddresses receivers;

  /** For any receiver: connects only to the addresses {@link ReceiverAddresses} let through. */
  private final CloseableHttpClient checked;

  /** For the receivers the operator allowed by name, internal ones included. */
  private final CloseableHttpClient allowed;

  WebhookTransport(CommunicationsProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.receivers = new ReceiverAddresses(properties.webhookAllowedHosts());
    this.checked = client(receivers, properties.webhookTimeout());
    this.allowed = client(SystemDefaultDnsResolver.INSTANCE, properties.webhookTimeout());
  }

  private static CloseableHttpClient client(DnsResolver resolver, Duration timeout) {
    Timeout limit = Timeout.of(timeout);
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(limit)
                        .setSocketTimeout(limit)
                        .build())
                .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .useSystemProperties()
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
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      return new Result(false, "not sent: the address is not a URL");
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      return new Result(false, "not sent: the address is not an http(s) URL");
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpPost request = new HttpPost(uri);
    request.setHeader(TIMESTAMP, timestamp);
    request.setHeader(SIGNATURE, "sha256=" + sign(secret, timestamp, body));
    request.setHeader(NOTIFICATION, notificationId.toString());
    request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
    CloseableHttpClient client = receivers.allows(uri.getHost(), port) ? allowed : checked;
    try {
      int status = client.execute(request, response -> response.getCode());
      return new Result(status >= 200 && status < 300, "HTTP " + status);
    } catch (ReceiverAddresses.Internal e) {
      return new Result(
          false,
          "refused: the receiver's address is internal (allow it with"
              + " ledger.communications.webhook-allowed-hosts)");
    } catch (SocketTimeoutException e) {
      return new Result(false, "no answer within " + properties.webhookTimeout());
    } catch (IOException e) {
      return new Result(false, "no connection");
    }
  }

  @Override
  public void close() throws IOException {
    checked.close();
    allowed.close();
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

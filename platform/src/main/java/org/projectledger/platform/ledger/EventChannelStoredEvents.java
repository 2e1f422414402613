package org.projectledger.platform.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.axoniq.axonserver.connector.event.EventChannel;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.axonframework.common.DateTimeUtils;
import org.projectledger.api.ledger.StoredEvent;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Axon Server's events as it holds them, read from its event channel. Axon Server keeps what Axon's
 * connector sends it: the payload's bytes, type and revision, the record time in milliseconds, and
 * the metadata as a map of typed values rather than bytes; positions (tokens) start at 0 and have
 * no gaps. {@link #stored} gives each the form the chain hashes (docs/ledger-format.md).
 */
public final class EventChannelStoredEvents implements StoredEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<EventChannel> channel;
  private final Duration timeout;

  public EventChannelStoredEvents(Supplier<EventChannel> channel, Duration timeout) {
    this.channel = channel;
    this.timeout = timeout;
  }

  @Override
  public List<StoredEvent> from(long position, int limit) {
    EventChannel events = channel.get();
    long head = await(events.getLastToken().thenApply(last -> last == null ? -1 : last));
    long first = Math.max(position, StoredEvent.BEFORE_FIRST + 1);
    long count = Math.min(limit, head - first + 1);
    List<StoredEvent> page = new ArrayList<>();
    if (count <= 0) {
      return page;
    }
    // The channel streams the events after the token it is given.
    try (EventStream stream = events.openStream(first - 1, (int) Math.min(count, PAGE))) {
      while (page.size() < count) {
        EventWithToken next = stream.nextIfAvailable(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          throw new DataAccessResourceFailureException(
              "Axon Server did not send the event at position "
                  + (first + page.size())
                  + " within "
                  + timeout);
        }
        page.add(stored(next.getToken(), next.getEvent()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataAccessResourceFailureException("Interrupted reading Axon Server's events", e);
    }
    return page;
  }

  /**
   * One event as Axon Server holds it. The record time is the ISO-8601 text Axon writes into the
   * JDBC store for the same instant (milliseconds, UTC); the revision is null where Axon Server
   * holds the empty text; the metadata is {@link #metadata}.
   */
  public static StoredEvent stored(long token, Event event) {
    String revision = event.getPayload().getRevision();
    return new StoredEvent(
        token,
        event.getMessageIdentifier(),
        event.getPayload().getType(),
        revision.isEmpty() ? null : revision,
        event.getAggregateIdentifier(),
        event.getAggregateSequenceNumber(),
        DateTimeUtils.formatInstant(Instant.ofEpochMilli(event.getTimestamp())),
        Base64.getEncoder().encodeToString(event.getPayload().getData().toByteArray()),
        metadata(event.getMetaDataMap()));
  }

  /**
   * The metadata map in one canonical text, Base64 of its UTF-8: a JSON object with the keys in
   * order, each value as Axon Server holds it — text as a string, a number or a double as a number,
   * a boolean as itself, a serialized object as {@code {"type", "revision", "data"}} with the data
   * in Base64, and an empty value as null. Null when there is no metadata.
   */
  static String metadata(Map<String, MetaDataValue> values) {
    if (values.isEmpty()) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    new TreeMap<>(values)
        .forEach(
            (key, value) -> {
              switch (value.getDataCase()) {
                case TEXT_VALUE -> node.put(key, value.getTextValue());
                case NUMBER_VALUE -> node.put(key, value.getNumberValue());
                case DOUBLE_VALUE -> node.put(key, value.getDoubleValue());
                case BOOLEAN_VALUE -> node.put(key, value.getBooleanValue());
                case BYTES_VALUE -> {
                  ObjectNode bytes = node.putObject(key);
                  bytes.put("type", value.getBytesValue().getType());
                  bytes.put("revision", value.getBytesValue().getRevision());
                  bytes.put(
                      "data",
                      Base64.getEncoder()
                          .encodeToString(value.getBytesValue().getData().toByteArray()));
                }
                default -> node.putNull(key);
              }
            });
    return Base64.getEncoder().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  private long await(java.util.concurrent.CompletableFuture<Long> answer) {
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataAccessResourceFailureException("Interrupted asking Axon Server's head", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new DataAccessResourceFailureException(
          "Axon Server did not say where its events end", e);
    }
  }
}

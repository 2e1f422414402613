package org.projectledger.platform.axon;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

/**
 * An event row as Axon's JDBC store read it, with the instant it was recorded at read once, by
 * {@link StoredInstants}, instead of by Axon's general parser each time it is asked for.
 */
class RecordedAt<T> implements DomainEventData<T> {

  private final DomainEventData<T> row;
  private final Instant timestamp;

  RecordedAt(DomainEventData<T> row, Instant timestamp) {
    this.row = row;
    this.timestamp = timestamp;
  }

  /** A row of the aggregate's own stream; any other row as it is. */
  static Object domain(Object row, String storedTimestamp) {
    if (!(row instanceof DomainEventData<?> data) || storedTimestamp == null) {
      return row;
    }
    return new RecordedAt<>(data, StoredInstants.parse(storedTimestamp));
  }

  /** A row of the global stream, with its tracking token; any other row as it is. */
  static Object tracked(Object row, Instant recordedAt) {
    if (!(row instanceof DomainEventData<?> data)
        || !(row instanceof TrackedEventData<?> tracked)
        || recordedAt == null) {
      return row;
    }
    return new Tracked<>(data, tracked.trackingToken(), recordedAt);
  }

  @Override
  public String getType() {
    return row.getType();
  }

  @Override
  public String getAggregateIdentifier() {
    return row.getAggregateIdentifier();
  }

  @Override
  public long getSequenceNumber() {
    return row.getSequenceNumber();
  }

  @Override
  public String getEventIdentifier() {
    return row.getEventIdentifier();
  }

  @Override
  public Instant getTimestamp() {
    return timestamp;
  }

  @Override
  public SerializedObject<T> getMetaData() {
    return row.getMetaData();
  }

  @Override
  public SerializedObject<T> getPayload() {
    return row.getPayload();
  }

  private static final class Tracked<T> extends RecordedAt<T> implements TrackedEventData<T> {

    private final TrackingToken token;

    Tracked(DomainEventData<T> row, TrackingToken token, Instant timestamp) {
      super(row, timestamp);
      this.token = token;
    }

    @Override
    public TrackingToken trackingToken() {
      return token;
    }
  }
}

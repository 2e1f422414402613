package org.projectledger.standalone;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.grpc.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.axonserver.connector.event.axon.GrpcBackedDomainEventData;
import org.axonframework.axonserver.connector.event.axon.GrpcMetaDataAwareSerializer;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.axon.EventStorage;
import org.projectledger.platform.ledger.EventChannelStoredEvents;
import org.projectledger.platform.ledger.StoredEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * An event store in memory that holds events as Axon Server does: each as the {@link Event} message
 * Axon's connector would send it (payload bytes, type and revision, the record time in
 * milliseconds, metadata as a map of typed values), numbered from 0 without gaps. The chain reads
 * it through the same mapping as Axon Server's event channel ({@link EventChannelStoredEvents}).
 * Only the network and Axon Server's files are missing.
 */
final class AxonServerLikeStorage extends AbstractEventStorageEngine {

  /** The store as Spring beans, in place of the JDBC store (needs bean overriding on). */
  static final class Wiring {

    @Bean
    AxonServerLikeStorage eventStorageEngine(
        @Qualifier("eventSerializer") Serializer eventSerializer,
        org.axonframework.config.Configuration configuration) {
      return new AxonServerLikeStorage(
          new Builder()
              .eventSerializer(new GrpcMetaDataAwareSerializer(eventSerializer))
              .snapshotSerializer(
                  new GrpcMetaDataAwareSerializer(EventStorage.snapshotSerializer()))
              .upcasterChain(configuration.upcasterChain())
              .snapshotFilter(configuration.snapshotFilter()),
          eventSerializer);
    }

    @Bean
    StoredEvents storedEvents(AxonServerLikeStorage storage) {
      return storage::channel;
    }
  }

  static final List<Class<?>> WIRING = List.of(Wiring.class);

  /** The properties the wiring needs: it replaces the JDBC store's beans by name. */
  static final String OVERRIDING = "spring.main.allow-bean-definition-overriding=true";

  private final GrpcMetaDataConverter metaData;
  private final List<Event> events = new ArrayList<>();
  private final Map<String, Event> snapshots = new HashMap<>();
  private volatile long withheld = -1;

  private AxonServerLikeStorage(Builder builder, Serializer eventSerializer) {
    super(builder);
    this.metaData = new GrpcMetaDataConverter(eventSerializer);
  }

  @Override
  protected synchronized void appendEvents(
      List<? extends EventMessage<?>> appended, Serializer serializer) {
    Map<String, Long> last = new HashMap<>();
    for (EventMessage<?> event : appended) {
      if (event instanceof DomainEventMessage<?> domain) {
        long before =
            last.computeIfAbsent(
                domain.getAggregateIdentifier(), id -> lastSequenceNumberFor(id).orElse(-1L));
        if (domain.getSequenceNumber() != before + 1) {
          throw new ConcurrencyException(
              "Event "
                  + domain.getSequenceNumber()
                  + " of "
                  + domain.getAggregateIdentifier()
                  + " is stored already");
        }
        last.put(domain.getAggregateIdentifier(), domain.getSequenceNumber());
      }
    }
    for (EventMessage<?> event : appended) {
      events.add(map(event, serializer));
    }
  }

  @Override
  protected synchronized void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    snapshots.put(
        snapshot.getAggregateIdentifier(),
        map(snapshot, serializer).toBuilder().setSnapshot(true).build());
  }

  @Override
  protected synchronized Stream<? extends DomainEventData<?>> readEventData(
      String identifier, long firstSequenceNumber) {
    return events.stream()
        .filter(event -> event.getAggregateIdentifier().equals(identifier))
        .filter(event -> event.getAggregateSequenceNumber() >= firstSequenceNumber)
        .map(GrpcBackedDomainEventData::new)
        .toList()
        .stream();
  }

  @Override
  protected synchronized Stream<? extends TrackedEventData<?>> readEventData(
      TrackingToken trackingToken, boolean mayBlock) {
    int from = trackingToken == null ? 0 : (int) trackingToken.position().orElseThrow() + 1;
    List<TrackedEventData<?>> page = new ArrayList<>();
    for (int token = from; token < events.size() && page.size() < 100; token++) {
      page.add(
          new TrackedDomainEventData<>(
              new GlobalSequenceTrackingToken(token),
              new GrpcBackedDomainEventData(events.get(token))));
    }
    return page.stream();
  }

  @Override
  protected synchronized Stream<? extends DomainEventData<?>> readSnapshotData(
      String aggregateIdentifier) {
    return Optional.ofNullable(snapshots.get(aggregateIdentifier))
        .map(GrpcBackedDomainEventData::new)
        .stream();
  }

  @Override
  public synchronized Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
    return events.stream()
        .filter(event -> event.getAggregateIdentifier().equals(aggregateIdentifier))
        .map(Event::getAggregateSequenceNumber)
        .max(Long::compare);
  }

  @Override
  public synchronized TrackingToken createHeadToken() {
    return events.isEmpty() ? null : new GlobalSequenceTrackingToken(events.size() - 1);
  }

  @Override
  public synchronized TrackingToken createTokenAt(java.time.Instant instant) {
    for (int token = 0; token < events.size(); token++) {
      if (events.get(token).getTimestamp() >= instant.toEpochMilli()) {
        return token == 0 ? null : new GlobalSequenceTrackingToken(token - 1);
      }
    }
    return createHeadToken();
  }

  /** As Axon Server's event channel answers: the events at and after a position. */
  synchronized List<StoredEvent> channel(long position, int limit) {
    List<StoredEvent> page = new ArrayList<>();
    for (long token = Math.max(0, position);
        token < events.size() && page.size() < limit;
        token++) {
      if (token == withheld) {
        throw new DataAccessResourceFailureException(
            "Axon Server did not send the event at position " + token + " in time");
      }
      page.add(EventChannelStoredEvents.stored(token, events.get((int) token)));
    }
    return page;
  }

  /**
   * From now on the channel fails to send the event at {@code position} (as a lost connection or a
   * timeout would), while processors still receive it; -1 ends that.
   */
  void withhold(long position) {
    withheld = position;
  }

  /** Changes the stored bytes of one event, as someone with access to the store's files could. */
  synchronized void tamper(long position, UnaryOperator<byte[]> change) {
    Event event = events.get((int) position);
    byte[] changed = change.apply(event.getPayload().getData().toByteArray());
    events.set(
        (int) position,
        event.toBuilder()
            .setPayload(event.getPayload().toBuilder().setData(ByteString.copyFrom(changed)))
            .build());
  }

  /** The event as Axon's connector sends it to Axon Server (AxonServerEventStore's mapping). */
  private Event map(EventMessage<?> message, Serializer serializer) {
    Event.Builder builder = Event.newBuilder();
    if (message instanceof DomainEventMessage<?> domain) {
      builder
          .setAggregateIdentifier(domain.getAggregateIdentifier())
          .setAggregateSequenceNumber(domain.getSequenceNumber())
          .setAggregateType(domain.getType());
    }
    SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
    builder
        .setMessageIdentifier(message.getIdentifier())
        .setPayload(
            io.axoniq.axonserver.grpc.SerializedObject.newBuilder()
                .setType(payload.getType().getName())
                .setRevision(Optional.ofNullable(payload.getType().getRevision()).orElse(""))
                .setData(ByteString.copyFrom(payload.getData())))
        .setTimestamp(message.getTimestamp().toEpochMilli());
    message
        .getMetaData()
        .forEach((key, value) -> builder.putMetaData(key, metaData.convertToMetaDataValue(value)));
    return builder.build();
  }

  private static final class Builder extends AbstractEventStorageEngine.Builder {

    @Override
    public Builder eventSerializer(Serializer eventSerializer) {
      super.eventSerializer(eventSerializer);
      return this;
    }

    @Override
    public Builder snapshotSerializer(Serializer snapshotSerializer) {
      super.snapshotSerializer(snapshotSerializer);
      return this;
    }

    @Override
    public Builder upcasterChain(
        org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
      super.upcasterChain(upcasterChain);
      return this;
    }

    @Override
    public Builder snapshotFilter(
        org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
      super.snapshotFilter(snapshotFilter);
      return this;
    }
  }
}

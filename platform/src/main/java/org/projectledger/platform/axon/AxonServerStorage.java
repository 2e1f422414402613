package org.projectledger.platform.axon;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.projectledger.platform.ledger.EventChannelStoredEvents;
import org.projectledger.platform.ledger.StoredEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the {@code axonserver} profile, Axon Server stores the events. It is built as Axon's
 * auto-configuration builds it but for the snapshots, which keep the field-reading serializer of
 * {@link EventStorage}: an aggregate's state has no getters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerStorage {

  @Bean
  EventStore eventStore(
      AxonServerConfiguration axonServerConfiguration,
      org.axonframework.config.Configuration configuration,
      AxonServerConnectionManager axonServerConnectionManager,
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    return AxonServerEventStore.builder()
        .messageMonitor(configuration.messageMonitor(AxonServerEventStore.class, "eventStore"))
        .configuration(axonServerConfiguration)
        .platformConnectionManager(axonServerConnectionManager)
        .snapshotSerializer(EventStorage.snapshotSerializer())
        .eventSerializer(eventSerializer)
        .snapshotFilter(configuration.snapshotFilter())
        .upcasterChain(configuration.upcasterChain())
        .build();
  }

  /**
   * The chain's processor reads Axon Server's event stream as every processor does ({@code source}
   * of the {@code ledger} processor; with the JDBC store it reads the stored rows, {@link
   * StoredRows}). Not the store itself, so that the store stays the one bean of its type.
   */
  @Bean
  StreamableMessageSource<TrackedEventMessage<?>> storedRows(EventStore eventStore) {
    return new StreamableMessageSource<>() {
      @Override
      public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        return eventStore.openStream(from);
      }

      @Override
      public TrackingToken createTailToken() {
        return eventStore.createTailToken();
      }

      @Override
      public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
      }

      @Override
      public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
      }
    };
  }

  /** The chain reads the events as Axon Server holds them: from its event channel. */
  @Bean
  StoredEvents storedEvents(
      AxonServerConnectionManager connections, AxonServerConfiguration configuration) {
    return new EventChannelStoredEvents(
        () -> connections.getConnection().eventChannel(),
        Duration.ofMillis(configuration.getCommitTimeout()));
  }
}

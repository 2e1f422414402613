package org.projectledger.platform.axon;

import java.time.Duration;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

  /** The chain reads the events as Axon Server holds them: from its event channel. */
  @Bean
  StoredEvents storedEvents(
      AxonServerConnectionManager connections, AxonServerConfiguration configuration) {
    return new EventChannelStoredEvents(
        () -> connections.getConnection().eventChannel(),
        Duration.ofMillis(configuration.getCommitTimeout()));
  }
}

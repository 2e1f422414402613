package org.projectledger.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.projectledger.platform.ledger.JdbcStoredEvents;
import org.projectledger.platform.ledger.StoredEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JDBC event store as Axon's auto-configuration builds it, but for two things. Snapshots: a
 * snapshot is an aggregate's private state, which has fields and no getters, so it gets a JSON
 * mapper of its own that reads and writes fields (events keep the ordinary event serializer). And
 * lost races, recognised by SQL state. And appends, which commit in the order of their global index
 * ({@link OrderedAppends}). With the {@code axonserver} profile Axon Server stores the events and
 * this store steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class EventStorage {

  /**
   * Tells a lost race (another writer appended the same aggregate sequence first) by its SQL state,
   * 23505 on both PostgreSQL and H2. Axon's default reads vendor error codes, and PostgreSQL's
   * batch insert reports the violation under code 0: the race surfaced as a 500 instead of being
   * retried.
   */
  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return new SQLStateResolver("23505");
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      @Qualifier("eventSerializer") Serializer eventSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      @org.springframework.beans.factory.annotation.Value("${ledger.event-store.gap-timeout:60s}")
          java.time.Duration gapTimeout) {
    // With ordered appends a gap is a rolled-back append, never a late one: the timeout only
    // decides how long readers keep looking at it (LateCommitTest).
    return new OrderedAppends(
        JdbcEventStorageEngine.builder()
            // Rows per query, for a processor's stream as for an aggregate's events: a processor
            // handles batches of 1,000, which Axon's default of 100 read in ten queries each.
            .batchSize(1000)
            .snapshotSerializer(snapshotSerializer())
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(eventSerializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(new EventSchema()),
        connectionProvider,
        gapTimeout);
  }

  /** The chain reads the events as this store holds them: its rows. */
  @Bean
  StoredEvents storedEvents(JdbcTemplate jdbc) {
    return new JdbcStoredEvents(jdbc);
  }

  /**
   * The rows as a stream, for the chain's processor ({@code source} of the {@code ledger}
   * processor), woken when this node's appends commit.
   */
  @Bean
  StoredRows storedRows(StoredEvents storedEvents, EventStore eventStore) {
    StoredRows rows = new StoredRows(storedEvents, eventStore);
    eventStore.subscribe(
        events -> {
          if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> rows.appended());
          } else {
            rows.appended();
          }
        });
    return rows;
  }

  /** Reads and writes aggregate state by its fields. */
  public static Serializer snapshotSerializer() {
    return JacksonSerializer.builder()
        .objectMapper(
            JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .typeFactory(new ClassesByName())
                .build())
        .build();
  }
}

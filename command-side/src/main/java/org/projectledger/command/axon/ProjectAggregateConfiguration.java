package org.projectledger.command.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.projectledger.domain.Project;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link Project} aggregate into Axon. The domain module carries no Spring annotation, so
 * the aggregate is registered here rather than found by a stereotype. A project accumulates
 * thousands of events, so it is cached in memory (a bounded cache) and snapshotted every {@value
 * #SNAPSHOT_THRESHOLD} events: a command never re-reads the whole stream.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAggregateConfiguration {

  static final int SNAPSHOT_THRESHOLD = 100;

  /**
   * At most {@code ledger.aggregate-cache.size} projects (default 2,000) stay in memory between
   * commands, the least used leaving first; each is checked against the store before it is used.
   */
  @Bean
  Cache projectCache(
      ObjectProvider<EventStore> eventStore,
      @Value("${ledger.aggregate-cache.size:2000}") long size) {
    return new VerifiedCache(new BoundedCache(size), eventStore::getObject);
  }

  /** A bean, so that Axon's Spring snapshotter finds how to make a project from a snapshot. */
  @Bean
  AggregateFactory<Project> projectFactory() {
    return new GenericAggregateFactory<>(Project.class);
  }

  @Bean
  ConfigurerModule projectAggregate(
      Cache projectCache,
      AggregateFactory<Project> projectFactory,
      ObjectProvider<Snapshotter> snapshotter) {
    // The snapshotter is looked up when first used: it needs the configuration this module builds.
    Snapshotter lazySnapshotter =
        (type, identifier) -> snapshotter.getObject().scheduleSnapshot(type, identifier);
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(Project.class)
                .configureAggregateFactory(configuration -> projectFactory)
                .configureCache(configuration -> projectCache)
                .configureSnapshotTrigger(
                    configuration ->
                        new EventCountSnapshotTriggerDefinition(
                            lazySnapshotter, SNAPSHOT_THRESHOLD)));
  }
}

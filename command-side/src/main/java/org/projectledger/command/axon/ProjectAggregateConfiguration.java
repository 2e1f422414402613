package org.projectledger.command.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.projectledger.domain.Project;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link Project} aggregate into Axon. The domain module carries no Spring annotation, so
 * the aggregate is registered here rather than found by a stereotype. A project accumulates
 * thousands of events, so it is cached in memory and snapshotted every {@value #SNAPSHOT_THRESHOLD}
 * events: a command never re-reads the whole stream.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAggregateConfiguration {

  static final int SNAPSHOT_THRESHOLD = 100;

  @Bean
  Cache projectCache(ObjectProvider<EventStore> eventStore) {
    return new VerifiedCache(new WeakReferenceCache(), eventStore::getObject);
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

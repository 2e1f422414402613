package org.projectledger.command.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.projectledger.domain.Project;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the {@link Project} aggregate into Axon. The domain module carries no Spring annotation, so
 * the aggregate is registered here rather than found by a stereotype. A cache keeps busy projects
 * in memory so that a command does not re-read the whole stream.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAggregateConfiguration {

  @Bean
  Cache projectCache() {
    return new WeakReferenceCache();
  }

  @Bean
  ConfigurerModule projectAggregate(Cache projectCache) {
    return configurer ->
        configurer.configureAggregate(
            AggregateConfigurer.defaultConfiguration(Project.class)
                .configureCache(configuration -> projectCache));
  }
}

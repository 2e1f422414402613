package org.projectledger.platform.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The event store's tables belong to neither side: both read them, and either may be the first to
 * start. Each owner of tables (the event store here, each side for its own) keeps a Flyway history
 * of its own, so that the split services can share one database without stepping on each other's
 * migrations.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreSchema {

  @Bean(initMethod = "migrate")
  Flyway eventStoreFlyway(DataSource dataSource, Environment environment) {
    return Migrations.flyway(dataSource, "event-store", environment);
  }
}

package org.projectledger.query;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.projectledger.platform.storage.Migrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The query side's own tables (tokens, dead letters, read models), under their own history. */
@Configuration(proxyBeanMethods = false)
class QuerySideSchema {

  @Bean(initMethod = "migrate")
  Flyway querySideFlyway(DataSource dataSource, Environment environment) {
    return Migrations.flyway(dataSource, "query-side", environment);
  }
}

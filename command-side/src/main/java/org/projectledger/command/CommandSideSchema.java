package org.projectledger.command;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.projectledger.platform.storage.Migrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The command side's own tables (project codes), under their own Flyway history. */
@Configuration(proxyBeanMethods = false)
class CommandSideSchema {

  @Bean(initMethod = "migrate")
  Flyway commandSideFlyway(DataSource dataSource, Environment environment) {
    return Migrations.flyway(dataSource, "command-side", environment);
  }
}

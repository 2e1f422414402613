package org.projectledger.platform.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** One Flyway per owner of tables: its scripts under {@code db/<owner>}, its own history table. */
public final class Migrations {

  private Migrations() {}

  public static Flyway flyway(DataSource dataSource, String owner) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/" + owner)
        .table("flyway_history_" + owner.replace('-', '_'))
        // The database is shared by several owners: another owner's tables are no reason to skip
        // V1.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}

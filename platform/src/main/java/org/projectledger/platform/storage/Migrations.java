package org.projectledger.platform.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.core.env.Environment;

/**
 * One Flyway per owner of tables: its scripts under {@code db/<owner>}, its own history table.
 *
 * <p>Database roles (ARCHITECTURE.md): when {@code spring.flyway.user} names another role than the
 * service's ({@code spring.datasource.username}), Flyway migrates as that owner and, after each
 * migration, grants the service's role what it needs and no more: it reads and writes the read
 * models and its own tables, but may only read and insert events and chain links — never update,
 * delete or truncate them. Someone holding the service's credentials cannot rewrite history.
 */
public final class Migrations {

  /** Rows that are evidence: the events and the links of the hash chain. */
  static final List<String> APPEND_ONLY = List.of("domainevententry", "ledger_chain");

  private Migrations() {}

  public static Flyway flyway(DataSource dataSource, String owner) {
    return configuration(owner).dataSource(dataSource).load();
  }

  /** As the service migrates: as the owner, when one is configured, granting the service's role. */
  public static Flyway flyway(DataSource dataSource, String owner, Environment environment) {
    String ownerUser = environment.getProperty("spring.flyway.user", "");
    String serviceUser = environment.getProperty("spring.datasource.username", "");
    if (ownerUser.isBlank() || ownerUser.equals(serviceUser)) {
      return flyway(dataSource, owner);
    }
    String url =
        environment.getProperty(
            "spring.flyway.url", environment.getRequiredProperty("spring.datasource.url"));
    return configuration(owner)
        .dataSource(url, ownerUser, environment.getProperty("spring.flyway.password", ""))
        .callbacks(new ServiceRoleGrants(serviceUser))
        .load();
  }

  private static FluentConfiguration configuration(String owner) {
    return Flyway.configure()
        .locations("classpath:db/" + owner)
        .table("flyway_history_" + owner.replace('-', '_'))
        // The database is shared by several owners: another owner's tables are no reason to skip
        // V1.
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }

  /** Grants the service's role its part after every migration (PostgreSQL; H2 has one user). */
  static final class ServiceRoleGrants implements Callback {

    private final String role;

    ServiceRoleGrants(String role) {
      if (!role.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalStateException(
            "spring.datasource.username must be a plain role name (letters, digits, _): " + role);
      }
      this.role = '"' + role + '"';
    }

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      Connection connection = context.getConnection();
      try {
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
          return;
        }
        try (Statement sql = connection.createStatement()) {
          for (String grant : grants(connection)) {
            sql.execute(grant);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot grant the service's role " + role + " its part", e);
      }
    }

    private List<String> grants(Connection connection) throws SQLException {
      String schema = null;
      List<String> history = new ArrayList<>();
      List<String> appendOnly = new ArrayList<>();
      try (Statement sql = connection.createStatement();
          var rs =
              sql.executeQuery(
                  "SELECT current_schema(), table_name FROM information_schema.tables"
                      + " WHERE table_schema = current_schema()")) {
        while (rs.next()) {
          schema = quoted(rs.getString(1));
          String table = rs.getString(2);
          if (APPEND_ONLY.contains(table)) {
            appendOnly.add(schema + "." + quoted(table));
          } else if (table.startsWith("flyway_history_")) {
            history.add(schema + "." + quoted(table));
          }
        }
      }
      List<String> grants = new ArrayList<>();
      if (schema == null) {
        return grants;
      }
      grants.add("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
      grants.add(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
      grants.add("REVOKE TRUNCATE ON ALL TABLES IN SCHEMA " + schema + " FROM " + role);
      grants.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
      for (String table : appendOnly) {
        grants.add("REVOKE UPDATE, DELETE ON " + table + " FROM " + role);
      }
      // The migrations' history is the owner's alone: the service only reads it.
      for (String table : history) {
        grants.add("REVOKE INSERT, UPDATE, DELETE ON " + table + " FROM " + role);
      }
      return grants;
    }

    private static String quoted(String name) {
      return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
      return "service-role-grants";
    }
  }
}

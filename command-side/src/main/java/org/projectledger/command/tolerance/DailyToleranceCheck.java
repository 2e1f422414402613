package org.projectledger.command.tolerance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.projectledger.api.Actor;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.tolerance.CheckTolerances;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.Poller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Once a day, at {@code ledger.tolerance-check-at} in the business time zone (default 06:00), the
 * ledger sends {@link CheckTolerances} to every project through the ordinary command path, as its
 * own act ({@link Actor#TOLERANCE_CHECK}): lateness and costs dated ahead move the figures with the
 * calendar. One node runs a day's check, under a lease in {@code tolerance_check} as the deliveries
 * do; another takes the day over if that node dies before it finished.
 */
@Component
class DailyToleranceCheck implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(DailyToleranceCheck.class);

  private final JdbcTemplate jdbc;
  private final CommandGateway commands;
  private final BusinessDates dates;
  private final Clock clock;
  private final LocalTime checkAt;
  private final Duration pollInterval;
  private final Duration lease;
  private final boolean enabled;
  private final String node = "node-" + UUID.randomUUID();
  private final Poller poller = new Poller();

  DailyToleranceCheck(
      JdbcTemplate jdbc,
      CommandGateway commands,
      BusinessDates dates,
      Clock clock,
      @Value("${ledger.tolerance-check-at:06:00}") LocalTime checkAt,
      @Value("${ledger.tolerance-check.poll-interval:60s}") Duration pollInterval,
      @Value("${ledger.tolerance-check.lease:10m}") Duration lease,
      @Value("${ledger.tolerance-check.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.commands = commands;
    this.dates = dates;
    this.clock = clock;
    this.checkAt = checkAt;
    this.pollInterval = pollInterval;
    this.lease = lease;
    this.enabled = enabled;
  }

  @Override
  public void start() {
    if (!enabled) {
      LOG.info("The daily tolerance check is off on this node (ledger.tolerance-check.enabled)");
      return;
    }
    poller.start("ledger-tolerance-check", pollInterval, this::runIfDue);
  }

  @Override
  public void stop() {
    poller.stop();
  }

  @Override
  public boolean isRunning() {
    return poller.isRunning();
  }

  /** Stops before Axon and the data source do, starts after them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1024;
  }

  /** Checks every project if today's check is due and this node takes it. */
  void runIfDue() {
    try {
      Instant now = clock.instant();
      LocalDate today = dates.dateOf(now);
      if (now.isBefore(dates.dueAt(today, checkAt)) || !claim(today, now)) {
        return;
      }
      List<UUID> projects = jdbc.queryForList("SELECT project_id FROM project_code", UUID.class);
      List<UUID> failed = new ArrayList<>();
      for (UUID project : projects) {
        try {
          commands.sendAndWait(
              GenericCommandMessage.asCommandMessage(new CheckTolerances(project))
                  .withMetaData(
                      MetaData.with(MetaDataKeys.ACTOR, Actor.TOLERANCE_CHECK.userName())
                          .and(MetaDataKeys.ACTOR_NAME, Actor.TOLERANCE_CHECK.fullName())
                          .and(MetaDataKeys.ROLES, new ArrayList<String>())
                          .and(MetaDataKeys.CORRELATION_ID, "tolerance-check:" + today)
                          .and(MetaDataKeys.RECORDED_ON, today.toString())));
        } catch (RuntimeException e) {
          failed.add(project);
          LOG.warn(
              "The tolerance check of project {} on {} failed: {}", project, today, e.toString());
        }
      }
      jdbc.update(
          "UPDATE tolerance_check SET finished_at = ? WHERE check_day = ? AND lease_owner = ?",
          Timestamp.from(clock.instant()),
          today,
          node);
      LOG.info(
          "Checked the tolerances of {} project(s) on {} ({} failed)",
          projects.size() - failed.size(),
          today,
          failed.size());
    } catch (RuntimeException e) {
      LOG.warn("The daily tolerance check could not run: {}", e.toString());
    }
  }

  /** Takes the day's check: a new day, or one whose node let its lease run out unfinished. */
  private boolean claim(LocalDate day, Instant now) {
    Timestamp until = Timestamp.from(now.plus(lease));
    try {
      if (jdbc.update(
              "INSERT INTO tolerance_check (check_day, lease_owner, lease_until) SELECT ?, ?, ?"
                  + " WHERE NOT EXISTS (SELECT 1 FROM tolerance_check WHERE check_day = ?)",
              day,
              node,
              until,
              day)
          == 1) {
        return true;
      }
    } catch (DuplicateKeyException anotherNodeFirst) {
      return false;
    }
    return jdbc.update(
            "UPDATE tolerance_check SET lease_owner = ?, lease_until = ? WHERE check_day = ?"
                + " AND finished_at IS NULL AND lease_until < ?",
            node,
            until,
            day,
            Timestamp.from(now))
        == 1;
  }
}

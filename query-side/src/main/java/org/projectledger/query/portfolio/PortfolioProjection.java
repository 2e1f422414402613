package org.projectledger.query.portfolio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.ProjectState;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.KeyedUpdates;
import org.projectledger.query.consistency.ProjectionWrites;
import org.projectledger.query.project.StoredCalendars;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code portfolio_project}: one row per project, at the version of the last event applied.
 * Every write is guarded by that version, so an event delivered twice changes nothing.
 */
@Component
@ProcessingGroup(PortfolioProjection.NAME)
class PortfolioProjection {

  static final String NAME = ProjectViews.PROCESSING_GROUP;

  /** The replay of the project tables has cleared them, the kept figures with them. */
  record Cleared() {}

  /** The project's version, which only grows. */
  private static final KeyedUpdates VERSION =
      new KeyedUpdates(
          "portfolio_project",
          List.of(new KeyedUpdates.Column("version", "bigint")),
          List.of(new KeyedUpdates.Column("project_id", "uuid")),
          "version");

  private final JdbcTemplate jdbc;
  private final ProjectionWrites writes;
  private final ApplicationEventPublisher events;

  PortfolioProjection(
      JdbcTemplate jdbc, ProjectionWrites writes, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.events = events;
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM portfolio_project");
    // Figures computed from the read models before a rebuild may hold the error it mends.
    jdbc.update("DELETE FROM portfolio_figures");
    jdbc.update("DELETE FROM project_read_cache");
    // Once the rebuilt tables catch up, the node makes the figures of the day current again.
    events.publishEvent(new Cleared());
  }

  @EventHandler
  void on(
      ProjectChartered event,
      @SequenceNumber long sequence,
      @Timestamp Instant recordedAt,
      @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
    writes.update(
        """
        INSERT INTO portfolio_project (project_id, code, name, state, sponsor, manager, currency,
            planned_start, planned_finish, schedule_tolerance_days, cost_tolerance_percent,
            chartered_at, chartered_by, version, working_days, non_working_dates)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM portfolio_project WHERE project_id = ?)
        """,
        event.projectId(),
        event.code(),
        event.name(),
        ProjectState.CHARTERED.name(),
        event.sponsor(),
        event.manager(),
        event.currency(),
        event.plannedStart(),
        event.plannedFinish(),
        event.tolerances().scheduleDays(),
        event.tolerances().costPercent(),
        recordedAt.atOffset(ZoneOffset.UTC),
        actor,
        sequence,
        event.calendar() == null ? null : StoredCalendars.workingDays(event.calendar()),
        event.calendar() == null ? null : StoredCalendars.nonWorkingDates(event.calendar()),
        event.projectId());
  }

  @EventHandler
  void on(CalendarSet event, @SequenceNumber long sequence) {
    writes.update(
        """
        UPDATE portfolio_project SET working_days = ?, non_working_dates = ?, version = ?
        WHERE project_id = ? AND version < ?
        """,
        StoredCalendars.workingDays(event.newCalendar()),
        StoredCalendars.nonWorkingDates(event.newCalendar()),
        sequence,
        event.projectId(),
        sequence);
  }

  @EventHandler
  void on(CharterAmended event, @SequenceNumber long sequence) {
    writes.update(
        """
        UPDATE portfolio_project SET name = ?, planned_start = ?, planned_finish = ?,
            schedule_tolerance_days = ?, cost_tolerance_percent = ?, version = ?
        WHERE project_id = ? AND version < ?
        """,
        event.newName(),
        event.newPlannedStart(),
        event.newPlannedFinish(),
        event.newTolerances().scheduleDays(),
        event.newTolerances().costPercent(),
        sequence,
        event.projectId(),
        sequence);
  }

  @EventHandler
  void on(ProjectRoleReassigned event, @SequenceNumber long sequence) {
    writes.update(
        (event.role() == ProjectRole.MANAGER
                ? "UPDATE portfolio_project SET manager = ?"
                : "UPDATE portfolio_project SET sponsor = ?")
            + ", version = ? WHERE project_id = ? AND version < ?",
        event.to(),
        sequence,
        event.projectId(),
        sequence);
  }

  @EventHandler
  void on(BaselineSet event, @SequenceNumber long sequence) {
    changeState(event.projectId(), event.newState(), sequence);
  }

  @EventHandler
  void on(ProjectHandedOver event, @SequenceNumber long sequence) {
    changeState(event.projectId(), event.newState(), sequence);
  }

  @EventHandler
  void on(ProjectClosed event, @SequenceNumber long sequence) {
    changeState(event.projectId(), ProjectState.CLOSED, sequence);
  }

  /**
   * Every other event of a project still moves the row to its version, so that a client waiting
   * with {@code minVersion} for any write sees it arrive.
   */
  @EventHandler
  void on(Object event, DomainEventMessage<?> message) {
    UUID projectId = UUID.fromString(message.getAggregateIdentifier());
    // Guarded to grow only, so once per project and batch is enough: the last one.
    writes.latest(VERSION, message.getSequenceNumber(), projectId);
  }

  private void changeState(UUID projectId, ProjectState state, long sequence) {
    writes.update(
        "UPDATE portfolio_project SET state = ?, version = ? WHERE project_id = ? AND version < ?",
        state.name(),
        sequence,
        projectId,
        sequence);
  }
}

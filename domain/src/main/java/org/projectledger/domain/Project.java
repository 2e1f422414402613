package org.projectledger.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Role;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.Tolerances;

/**
 * One project: its charter, plan, budget and governance. It guards every rule of DOMAIN.md, then
 * applies events; its state changes only in the event-sourcing handlers.
 */
public class Project {

  @AggregateIdentifier private UUID projectId;
  private String code;
  private String sponsor;
  private String manager;
  private String currency;
  private LocalDate plannedStart;
  private LocalDate plannedFinish;
  private Tolerances tolerances;
  private ProjectState state;

  /** For Axon, which rebuilds a project from its events. */
  protected Project() {}

  @CommandHandler
  public Project(CharterProject command, Actor actor) {
    Policies.require(
        actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO charters projects");
    Policies.validCharter(command);
    apply(
        new ProjectChartered(
            command.projectId(),
            command.code(),
            command.name(),
            command.sponsor(),
            command.manager(),
            command.currency(),
            command.plannedStart(),
            command.plannedFinish(),
            command.tolerances()));
  }

  @EventSourcingHandler
  void on(ProjectChartered event) {
    projectId = event.projectId();
    code = event.code();
    sponsor = event.sponsor();
    manager = event.manager();
    currency = event.currency();
    plannedStart = event.plannedStart();
    plannedFinish = event.plannedFinish();
    tolerances = event.tolerances();
    state = ProjectState.CHARTERED;
  }
}

package org.projectledger.domain.charter;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireOrderedDates;
import static org.projectledger.domain.state.Policies.requireOwnSignature;
import static org.projectledger.domain.state.Policies.requireReason;
import static org.projectledger.domain.state.Policies.requireText;

import java.time.LocalDate;
import java.util.List;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.Role;
import org.projectledger.api.charter.AmendCharter;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.charter.ReassignProjectRole;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.lifecycle.CloseProject;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.domain.state.Policies;
import org.projectledger.domain.state.ProjectFacts;

/** The charter: who sponsors and manages a project, its dates and tolerances, and amendments. */
public final class Charter {

  private Charter() {}

  public static ProjectChartered charter(CharterProject command, Actor actor) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO charters projects");
    Policies.validCharter(command);
    return new ProjectChartered(
        command.projectId(),
        command.code(),
        command.name(),
        command.sponsor(),
        command.manager(),
        command.currency(),
        command.plannedStart(),
        command.plannedFinish(),
        command.tolerances(),
        command.calendar());
  }

  /**
   * The sponsor amends the charter, signed, with a reason: the name, the dates and the tolerances.
   * The amended dates keep every planned item inside the project, checked on the amended facts.
   */
  public static List<Object> amend(AmendCharter command, Actor actor, ProjectFacts facts) {
    facts.requireSponsor(actor, "Only the project's sponsor amends its charter");
    facts.requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    String name = command.name() != null ? command.name() : facts.name();
    LocalDate start =
        command.plannedStart() != null ? command.plannedStart() : facts.plannedStart();
    LocalDate finish =
        command.plannedFinish() != null ? command.plannedFinish() : facts.plannedFinish();
    Tolerances tolerances =
        command.tolerances() != null ? command.tolerances() : facts.tolerances();
    requireText(name, "name");
    requireOrderedDates(start, finish, "The project");
    require(
        !name.equals(facts.name())
            || !start.equals(facts.plannedStart())
            || !finish.equals(facts.plannedFinish())
            || !tolerances.equals(facts.tolerances()),
        ErrorCode.VALIDATION_FAILED,
        "The amendment changes nothing");
    List<Object> events =
        List.of(
            new CharterAmended(
                facts.projectId(),
                facts.name(),
                name,
                facts.plannedStart(),
                start,
                facts.plannedFinish(),
                finish,
                facts.tolerances(),
                tolerances,
                command.reason(),
                command.signature()));
    ProjectFacts amended = facts.after(events);
    amended.plan().live().forEach(amended::requireInsideProject);
    return events;
  }

  /**
   * The PMO hands the manager's or the sponsor's part to another user, signed, with a reason; the
   * sponsor is never the manager.
   */
  public static ProjectRoleReassigned reassign(
      ReassignProjectRole command, Actor actor, ProjectFacts facts) {
    require(
        actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO reassigns a project's roles");
    facts.requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireReason(command.reason());
    requireText(command.to(), "to");
    boolean manager = command.role() == ProjectRole.MANAGER;
    String from = manager ? facts.manager() : facts.sponsor();
    String other = manager ? facts.sponsor() : facts.manager();
    require(
        !command.to().equals(from),
        ErrorCode.VALIDATION_FAILED,
        command.to() + " already holds that part");
    require(
        !command.to().equals(other),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "A project's sponsor is never its manager");
    return new ProjectRoleReassigned(
        facts.projectId(),
        command.role(),
        from,
        command.to(),
        command.reason(),
        command.signature());
  }

  /**
   * The PMO closes the project, signed with a closure note, once no change request is open ({@code
   * openChangeRequests}).
   */
  public static ProjectClosed close(
      CloseProject command, Actor actor, ProjectFacts facts, long openChangeRequests) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO closes projects");
    facts.requireOpen();
    requireOwnSignature(command.signature(), actor);
    requireText(command.closureNote(), "closureNote");
    require(
        openChangeRequests == 0,
        ErrorCode.OPEN_CHANGE_REQUESTS,
        openChangeRequests + " change request(s) are still open: decide or withdraw them first");
    return new ProjectClosed(
        facts.projectId(), command.closureNote(), command.signature(), facts.state());
  }
}

package org.projectledger.domain.stakeholders;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireText;

import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.Role;
import org.projectledger.api.stakeholders.RegisterStakeholder;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.domain.state.ProjectFacts;

/** The PMO registers who has a stake in a project and what they want to hear about. */
public final class StakeholderRegister {

  private StakeholderRegister() {}

  public static StakeholderRegistered register(
      RegisterStakeholder command, Actor actor, ProjectFacts facts, boolean known) {
    require(actor.hasRole(Role.PMO), ErrorCode.FORBIDDEN, "Only the PMO registers stakeholders");
    facts.requireOpen();
    requireNew(!known, "stakeholder", command.stakeholderId());
    requireText(command.role(), "role");
    return new StakeholderRegistered(
        facts.projectId(),
        command.stakeholderId(),
        command.personalData(),
        command.role(),
        command.interests(),
        command.organisation());
  }
}

package org.projectledger.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: the signed-in user's name, printed name and roles. Handed to the aggregate by the
 * command side from the authenticated principal, never read from a request body.
 */
public record Actor(String userName, String fullName, Set<Role> roles) {

  /**
   * The ledger itself, recording what it did on its own (the outcome of notifying a stakeholder).
   * The colon keeps the name apart from every user name a sign-in can produce; no HTTP request is
   * ever sent as this actor.
   */
  public static final Actor LEDGER = new Actor("ledger:communications", "Project Ledger", Set.of());

  /** The ledger checking every executing project's tolerances once a day. */
  public static final Actor TOLERANCE_CHECK =
      new Actor("ledger:tolerances", "Project Ledger", Set.of());

  public Actor {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(fullName, "fullName");
    roles = Set.copyOf(roles);
  }

  public boolean isLedger() {
    return LEDGER.equals(this) || TOLERANCE_CHECK.equals(this);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}

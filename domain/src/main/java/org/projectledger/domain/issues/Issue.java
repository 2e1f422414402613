package org.projectledger.domain.issues;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireText;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.issues.CloseIssue;
import org.projectledger.api.issues.IssueClosed;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.IssueResolved;
import org.projectledger.api.issues.IssueState;
import org.projectledger.api.issues.IssueType;
import org.projectledger.api.issues.ResolveIssue;

/**
 * One issue of the register (PRINCE2): its type, its owner and its state, OPEN until it is RESOLVED
 * or CLOSED. It decides its own resolution and closure; the project admitted the actor first (the
 * manager, or for a resolution the issue's owner too).
 */
public final class Issue {

  private UUID projectId;
  @EntityId private UUID issueId;
  private IssueType type;
  private String owner;
  private IssueState state;

  /** For snapshots. */
  Issue() {}

  public Issue(IssueRaised raised) {
    this.projectId = raised.projectId();
    this.issueId = raised.issueId();
    this.type = raised.type();
    this.owner = raised.owner();
    this.state = IssueState.OPEN;
  }

  public String owner() {
    return owner;
  }

  /**
   * Whether a change request may escalate it: an open request for change or off-specification.
   * Refuses with the reason otherwise.
   */
  public void requireEscalable() {
    require(
        type.escalates(),
        ErrorCode.VALIDATION_FAILED,
        "Only a request for change or an off-specification is escalated into a change request;"
            + " this issue is a "
            + type);
    require(
        state == IssueState.OPEN,
        ErrorCode.ISSUE_NOT_OPEN,
        "The issue is " + state + ": only an open issue is escalated");
  }

  /** The project admitted its manager or the issue's owner. */
  @CommandHandler
  void handle(ResolveIssue command, Actor actor) {
    requireText(command.resolution(), "resolution");
    require(
        state == IssueState.OPEN,
        ErrorCode.ISSUE_NOT_OPEN,
        "The issue is " + state + ": only an open issue is resolved");
    apply(new IssueResolved(projectId, issueId, command.resolution(), actor.userName()));
  }

  @CommandHandler
  void handle(CloseIssue command) {
    requireText(command.resolution(), "resolution");
    require(state != IssueState.CLOSED, ErrorCode.ISSUE_NOT_OPEN, "The issue is closed already");
    apply(new IssueClosed(projectId, issueId, state, command.resolution()));
  }

  @EventSourcingHandler
  void on(IssueResolved event) {
    state = IssueState.RESOLVED;
  }

  @EventSourcingHandler
  void on(IssueClosed event) {
    state = IssueState.CLOSED;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Issue other
        && Objects.equals(projectId, other.projectId)
        && Objects.equals(issueId, other.issueId)
        && type == other.type
        && Objects.equals(owner, other.owner)
        && state == other.state;
  }

  @Override
  public int hashCode() {
    return Objects.hash(issueId, type, state);
  }
}

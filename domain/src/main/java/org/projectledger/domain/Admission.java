package org.projectledger.domain;

import static org.projectledger.domain.state.Policies.require;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.Role;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.changecontrol.WithdrawChangeRequest;
import org.projectledger.api.communications.RecordNotificationOutcome;
import org.projectledger.api.communications.SetCommunicationPlan;
import org.projectledger.api.issues.CloseIssue;
import org.projectledger.api.issues.ResolveIssue;
import org.projectledger.api.quality.AcceptDeliverable;
import org.projectledger.api.quality.RejectDeliverable;
import org.projectledger.api.quality.SubmitDeliverable;
import org.projectledger.api.quality.WaiveAcceptance;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;
import org.projectledger.domain.state.ProjectFacts;

/**
 * Who may act on a project's members, command by command: the part the actor must hold, and the
 * member the command names. A member decides its own rules; whether this actor may ask, and whether
 * the member exists, the project decides before handing it the command.
 */
final class Admission {

  /** The kinds of member a project keeps, each with the name a refusal uses. */
  enum Member {
    CHANGE_REQUEST("change request"),
    RISK("risk"),
    STAKEHOLDER("stakeholder"),
    ISSUE("issue"),
    DELIVERABLE("deliverable (a work package with acceptance criteria)");

    private final String noun;

    Member(String noun) {
      this.noun = noun;
    }
  }

  /** The part an actor must hold for a command: checked on the facts, the actor and the command. */
  private interface Part {
    void check(ProjectFacts facts, Actor actor, Object command);
  }

  private record Rule(Member member, Function<Object, UUID> memberId, Part part) {}

  private static final BiConsumer<ProjectFacts, Actor> MANAGER = ProjectFacts::requireManager;

  private static final Map<Class<?>, Rule> RULES = new HashMap<>();

  static {
    RULES.putAll(
        Map.of(
            ReassessRisk.class,
            rule(ReassessRisk.class, Member.RISK, ReassessRisk::riskId, MANAGER),
            CloseRisk.class,
            rule(CloseRisk.class, Member.RISK, CloseRisk::riskId, MANAGER),
            WithdrawChangeRequest.class,
            rule(
                WithdrawChangeRequest.class,
                Member.CHANGE_REQUEST,
                WithdrawChangeRequest::changeRequestId,
                MANAGER),
            RejectChangeRequest.class,
            rule(
                RejectChangeRequest.class,
                Member.CHANGE_REQUEST,
                RejectChangeRequest::changeRequestId,
                (facts, actor) -> {
                  facts.requireSponsor(actor, "Only the project's sponsor decides change requests");
                  facts.requireOpen();
                }),
            SetCommunicationPlan.class,
            rule(
                SetCommunicationPlan.class,
                Member.STAKEHOLDER,
                SetCommunicationPlan::stakeholderId,
                MANAGER),
            UpdateStakeholderInterests.class,
            rule(
                UpdateStakeholderInterests.class,
                Member.STAKEHOLDER,
                UpdateStakeholderInterests::stakeholderId,
                (facts, actor) -> {
                  require(
                      actor.hasRole(Role.PMO) || facts.isManager(actor),
                      ErrorCode.FORBIDDEN,
                      "Only the PMO or the project's manager changes a stakeholder's interests");
                  facts.requireOpen();
                }),
            // Erasure and the record of what was sent hold on a closed project too.
            ForgetStakeholder.class,
            rule(
                ForgetStakeholder.class,
                Member.STAKEHOLDER,
                ForgetStakeholder::stakeholderId,
                (facts, actor) ->
                    require(
                        actor.hasRole(Role.PMO),
                        ErrorCode.FORBIDDEN,
                        "Only the PMO has stakeholders forgotten")),
            RecordNotificationOutcome.class,
            rule(
                RecordNotificationOutcome.class,
                Member.STAKEHOLDER,
                RecordNotificationOutcome::stakeholderId,
                (facts, actor) ->
                    require(
                        actor.isLedger(),
                        ErrorCode.FORBIDDEN,
                        "Only the ledger records notifications"))));
    execution();
  }

  /** The execution registers' members: issues, risk responses and deliverables. */
  private static void execution() {
    RULES.put(
        PlanRiskResponse.class,
        rule(PlanRiskResponse.class, Member.RISK, PlanRiskResponse::riskId, MANAGER));
    RULES.put(
        ResolveIssue.class,
        new Rule(
            Member.ISSUE,
            command -> ((ResolveIssue) command).issueId(),
            (facts, actor, command) -> {
              UUID issueId = ((ResolveIssue) command).issueId();
              require(
                  facts.isManager(actor)
                      || actor.userName().equals(facts.execution().issueOwner(issueId)),
                  ErrorCode.FORBIDDEN,
                  "Only the project's manager or the issue's owner resolves an issue");
              facts.requireOpen();
            }));
    RULES.put(CloseIssue.class, rule(CloseIssue.class, Member.ISSUE, CloseIssue::issueId, MANAGER));
    RULES.put(
        SubmitDeliverable.class,
        new Rule(
            Member.DELIVERABLE,
            command -> ((SubmitDeliverable) command).workPackageId(),
            (facts, actor, command) ->
                facts.requireManagerOrOwner(
                    actor,
                    ((SubmitDeliverable) command).workPackageId(),
                    "Only the project's manager or the work package's owner submits its deliverable")));
    // An acceptor is a SPONSOR or PMO user; the deliverable checks that it is the one it names.
    BiConsumer<ProjectFacts, Actor> acceptor =
        (facts, actor) -> {
          require(
              actor.hasRole(Role.SPONSOR) || actor.hasRole(Role.PMO),
              ErrorCode.FORBIDDEN,
              "Only a deliverable's acceptor, a SPONSOR or PMO user, decides it");
          facts.requireOpen();
        };
    RULES.put(
        AcceptDeliverable.class,
        rule(
            AcceptDeliverable.class,
            Member.DELIVERABLE,
            AcceptDeliverable::workPackageId,
            acceptor));
    RULES.put(
        RejectDeliverable.class,
        rule(
            RejectDeliverable.class,
            Member.DELIVERABLE,
            RejectDeliverable::workPackageId,
            acceptor));
    RULES.put(
        WaiveAcceptance.class,
        rule(
            WaiveAcceptance.class,
            Member.DELIVERABLE,
            WaiveAcceptance::workPackageId,
            (facts, actor) -> {
              facts.requireSponsor(actor, "Only the project's sponsor waives an acceptance");
              facts.requireOpen();
            }));
  }

  private Admission() {}

  private static <C> Rule rule(
      Class<C> type,
      Member member,
      Function<C, UUID> memberId,
      BiConsumer<ProjectFacts, Actor> part) {
    return new Rule(
        member,
        command -> memberId.apply(type.cast(command)),
        (facts, actor, command) -> part.accept(facts, actor));
  }

  /** Checks a member's command, then hands it on; any other command passes straight through. */
  static Object admit(
      CommandMessage<?> command,
      ProjectFacts facts,
      BiPredicate<Member, UUID> has,
      InterceptorChain chain)
      throws Exception {
    Rule rule = RULES.get(command.getPayloadType());
    if (rule != null) {
      rule.part()
          .check(facts, ActorParameterResolverFactory.actorOf(command), command.getPayload());
      UUID id = rule.memberId().apply(command.getPayload());
      require(
          has.test(rule.member(), id),
          ErrorCode.NOT_FOUND,
          "No " + rule.member().noun + " with id " + id);
    }
    return chain.proceed();
  }
}

package org.projectledger.domain.quality;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireText;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.SetAcceptanceCriteria;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;

/** Quality: what each deliverable must meet and who accepts it; what the hand-over waits for. */
public final class Quality {

  private Quality() {}

  /** The manager names a live work package's criteria (one or more) and its acceptor. */
  public static AcceptanceCriteriaSet criteria(
      SetAcceptanceCriteria command, Actor actor, ProjectFacts facts, Deliverable existing) {
    facts.requireManager(actor);
    Item item = facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    require(
        !command.criteria().isEmpty() && command.criteria().size() <= 50,
        ErrorCode.VALIDATION_FAILED,
        "A deliverable names from 1 to 50 acceptance criteria");
    command.criteria().forEach(criterion -> requireText(criterion, "criteria"));
    requireText(command.acceptor(), "acceptor");
    if (existing != null) {
      existing.requireOpenToNewCriteria();
    }
    return new AcceptanceCriteriaSet(
        facts.projectId(),
        item.id(),
        command.criteria().stream().map(String::strip).toList(),
        command.acceptor().strip());
  }

  /**
   * The hand-over waits for every deliverable of a work package still planned to be accepted or
   * waived.
   */
  public static void requireSettled(ProjectFacts facts, Map<UUID, Deliverable> deliverables) {
    Collection<Deliverable> all = deliverables.values();
    List<String> pending =
        all.stream()
            .filter(deliverable -> !deliverable.state().settled())
            .filter(
                deliverable ->
                    facts
                        .plan()
                        .live()
                        .anyMatch(item -> item.id().equals(deliverable.workPackageId())))
            .map(
                deliverable ->
                    "\"%s\" (%s)"
                        .formatted(
                            facts.plan().items().get(deliverable.workPackageId()).name(),
                            deliverable.state()))
            .toList();
    require(
        pending.isEmpty(),
        ErrorCode.DELIVERABLES_NOT_ACCEPTED,
        pending.size()
            + " deliverable(s) are neither accepted nor waived: "
            + String.join(", ", pending));
  }
}

package org.projectledger.api.decisions;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager records a decision, its rationale and the alternatives considered. */
public record RecordDecision(
    @TargetAggregateIdentifier UUID projectId,
    UUID decisionId,
    String title,
    String rationale,
    List<String> alternativesConsidered) {

  public RecordDecision {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(alternativesConsidered, "alternativesConsidered");
    alternativesConsidered = List.copyOf(alternativesConsidered);
  }
}

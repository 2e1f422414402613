package org.projectledger.api.risks;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager logs a risk (a threat or an opportunity) with its probability and impact (1 to 5
 * each).
 */
public record LogRisk(
    @TargetAggregateIdentifier UUID projectId,
    UUID riskId,
    String title,
    int probability,
    int impact,
    String owner,
    String mitigation,
    RiskKind kind) {

  /** A threat unless said otherwise. */
  public LogRisk {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(riskId, "riskId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    kind = kind == null ? RiskKind.THREAT : kind;
  }

  /** A threat. */
  public LogRisk(
      UUID projectId,
      UUID riskId,
      String title,
      int probability,
      int impact,
      String owner,
      String mitigation) {
    this(projectId, riskId, title, probability, impact, owner, mitigation, RiskKind.THREAT);
  }
}

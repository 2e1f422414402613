package org.projectledger.api.risks;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A risk was logged. A risk logged before opportunities were told apart has no {@code kind}: it
 * reads as a threat.
 */
@Revision("1")
public record RiskLogged(
    UUID projectId,
    UUID riskId,
    String title,
    int probability,
    int impact,
    String owner,
    String mitigation,
    RiskKind kind) {

  /** A threat, as every risk was before opportunities were told apart. */
  public RiskLogged(
      UUID projectId,
      UUID riskId,
      String title,
      int probability,
      int impact,
      String owner,
      String mitigation) {
    this(projectId, riskId, title, probability, impact, owner, mitigation, RiskKind.THREAT);
  }

  public RiskLogged {
    kind = kind == null ? RiskKind.THREAT : kind;
  }
}

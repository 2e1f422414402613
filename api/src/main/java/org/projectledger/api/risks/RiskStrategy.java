package org.projectledger.api.risks;

/**
 * How a risk is answered (PRINCE2, PMBOK): AVOID, REDUCE and TRANSFER answer threats; SHARE,
 * ENHANCE and EXPLOIT answer opportunities; ACCEPT answers either.
 */
public enum RiskStrategy {
  AVOID(RiskKind.THREAT),
  REDUCE(RiskKind.THREAT),
  TRANSFER(RiskKind.THREAT),
  ACCEPT(null),
  SHARE(RiskKind.OPPORTUNITY),
  ENHANCE(RiskKind.OPPORTUNITY),
  EXPLOIT(RiskKind.OPPORTUNITY);

  private final RiskKind answers;

  RiskStrategy(RiskKind answers) {
    this.answers = answers;
  }

  /** Whether this strategy answers a risk of that kind. */
  public boolean answers(RiskKind kind) {
    return answers == null || answers == kind;
  }
}

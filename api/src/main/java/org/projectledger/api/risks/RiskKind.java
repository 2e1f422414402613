package org.projectledger.api.risks;

/** A risk is a threat (its impact costs) or an opportunity (its impact saves or earns). */
public enum RiskKind {
  THREAT,
  OPPORTUNITY
}

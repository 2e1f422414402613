package org.projectledger.api.stakeholders;

/** What a stakeholder wants to hear about (DOMAIN.md). */
public enum Interest {
  SCHEDULE,
  BUDGET,
  SCOPE,
  RISK,
  CHANGE,
  STATUS
}

package org.projectledger.api.stakeholders;

/** What a stakeholder wants to hear about (DOMAIN.md). */
public enum Interest {
  SCHEDULE,
  BUDGET,
  SCOPE,
  RISK,
  CHANGE,
  STATUS,
  /** The issue register: issues raised, resolved and closed. */
  ISSUE
}

package org.projectledger.api.communications;

/** When a stakeholder is told: on each event their interests cover, or once a week in a digest. */
public enum Frequency {
  ON_EVENT,
  WEEKLY_DIGEST
}

package org.projectledger.api.communications;

/** How a stakeholder is told: an e-mail, or a signed JSON POST to their webhook. */
public enum Channel {
  EMAIL,
  WEBHOOK
}

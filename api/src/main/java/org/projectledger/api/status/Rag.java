package org.projectledger.api.status;

/** Red, amber, green: the headline of a status report. */
public enum Rag {
  RED,
  AMBER,
  GREEN
}

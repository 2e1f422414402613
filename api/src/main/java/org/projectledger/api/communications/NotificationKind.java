package org.projectledger.api.communications;

/** A notification about one event, or a weekly digest of several. */
public enum NotificationKind {
  EVENT,
  WEEKLY_DIGEST
}

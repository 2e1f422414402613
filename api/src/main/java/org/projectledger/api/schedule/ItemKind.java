package org.projectledger.api.schedule;

/** The two kinds of scheduled item; dependencies may join either to either. */
public enum ItemKind {
  WORK_PACKAGE,
  MILESTONE
}

package org.projectledger.api.schedule;

/**
 * The kinds of element of the WBS: work packages and milestones, which links may join either to
 * either, and summary elements (third edition), which hold others and whose dates, cost, progress
 * and earned value roll up from them.
 */
public enum ItemKind {
  WORK_PACKAGE,
  MILESTONE,
  SUMMARY
}

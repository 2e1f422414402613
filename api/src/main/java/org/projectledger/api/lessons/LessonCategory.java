package org.projectledger.api.lessons;

/** What a lesson is about, in the areas a PMO reviews lessons by. */
public enum LessonCategory {
  SCOPE,
  SCHEDULE,
  COST,
  QUALITY,
  RISK,
  STAKEHOLDERS,
  COMMUNICATION,
  RESOURCES,
  PROCUREMENT,
  GOVERNANCE,
  TECHNICAL
}

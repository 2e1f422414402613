package org.projectledger.api.lessons;

/** Whether what happened is to be repeated or avoided on the next project. */
public enum LessonAdvice {
  REPEAT,
  AVOID
}

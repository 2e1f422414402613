package org.projectledger.api.lessons;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone on the project logs a lesson, at any time, closure included. */
public record LogLesson(
    @TargetAggregateIdentifier UUID projectId,
    UUID lessonId,
    LessonCategory category,
    String whatHappened,
    LessonAdvice advice,
    String recommendation) {

  public LogLesson {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(lessonId, "lessonId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(whatHappened, "whatHappened");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(recommendation, "recommendation");
  }
}

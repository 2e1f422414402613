package org.projectledger.api.lessons;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A lesson was logged: what happened, whether to repeat or avoid it, and what to do next time. */
@Revision("1")
public record LessonLogged(
    UUID projectId,
    UUID lessonId,
    LessonCategory category,
    String whatHappened,
    LessonAdvice advice,
    String recommendation,
    String loggedBy) {}

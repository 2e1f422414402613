package org.projectledger.domain.issues;

import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireText;

import org.projectledger.api.Actor;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.RaiseIssue;
import org.projectledger.api.lessons.LessonLogged;
import org.projectledger.api.lessons.LogLesson;
import org.projectledger.domain.state.ProjectFacts;

/** The registers anyone on the project writes in: issues raised, lessons learned. */
public final class IssueRegister {

  private IssueRegister() {}

  /** Anyone on the project raises an issue, on an open project, and names its owner. */
  public static IssueRaised raise(
      RaiseIssue command, Actor actor, ProjectFacts facts, boolean known) {
    facts.requireOnTheProject(
        actor,
        "Only the PMO, the project's manager or sponsor, or a work package's owner raises issues");
    facts.requireOpen();
    requireNew(!known, "issue", command.issueId());
    requireText(command.title(), "title");
    requireText(command.owner(), "owner");
    return new IssueRaised(
        facts.projectId(),
        command.issueId(),
        command.type(),
        command.title().strip(),
        command.description(),
        command.priority(),
        command.severity(),
        actor.userName(),
        command.owner().strip());
  }

  /**
   * Anyone on the project logs a lesson, at any time: a closed project's lessons are the ones most
   * often written.
   */
  public static LessonLogged lesson(LogLesson command, Actor actor, ProjectFacts facts) {
    facts.requireOnTheProject(
        actor,
        "Only the PMO, the project's manager or sponsor, or a work package's owner logs lessons");
    requireNew(!facts.execution().hasLesson(command.lessonId()), "lesson", command.lessonId());
    requireText(command.whatHappened(), "whatHappened");
    requireText(command.recommendation(), "recommendation");
    return new LessonLogged(
        facts.projectId(),
        command.lessonId(),
        command.category(),
        command.whatHappened().strip(),
        command.advice(),
        command.recommendation().strip(),
        actor.userName());
  }
}

package org.projectledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.ExpenseItem;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;

/**
 * Plan files written by the tests themselves through MPXJ's writers, as Microsoft Project and
 * Primavera P6 would write them: tasks with dates and costs, milestones, and relations.
 */
final class PlanFilesForTests {

  /**
   * A task to write: name, dates, cost (null for a milestone), predecessors by name with the type
   * and the lag in days of each link.
   */
  record Spec(
      String name,
      String start,
      String finish,
      Double cost,
      Map<String, RelationType> after,
      Integer percentComplete,
      String actualStart,
      String actualFinish,
      Map<String, Integer> lags) {

    Spec(String name, String start, String finish, Double cost, Map<String, RelationType> after) {
      this(name, start, finish, cost, after, null, null, null, Map.of());
    }

    /** The task as the file reports it done to this percentage, as of the file's status date. */
    Spec done(int percent) {
      return new Spec(name, start, finish, cost, after, percent, actualStart, actualFinish, lags);
    }

    /** The task as the file says it actually ran: started, and finished (null: still running). */
    Spec ran(String started, String finished) {
      return new Spec(name, start, finish, cost, after, percentComplete, started, finished, lags);
    }

    /** One more predecessor, linked by this type with a lag (negative: a lead) in days. */
    Spec with(String predecessor, RelationType type, int lagDays) {
      Map<String, RelationType> predecessors = new LinkedHashMap<>(after);
      predecessors.put(predecessor, type);
      Map<String, Integer> newLags = new LinkedHashMap<>(lags);
      newLags.put(predecessor, lagDays);
      return new Spec(
          name,
          start,
          finish,
          cost,
          predecessors,
          percentComplete,
          actualStart,
          actualFinish,
          newLags);
    }

    static Spec task(String name, String start, String finish, double cost, String... after) {
      Map<String, RelationType> predecessors = new LinkedHashMap<>();
      for (String predecessor : after) {
        predecessors.put(predecessor, RelationType.FINISH_START);
      }
      return new Spec(name, start, finish, cost, predecessors);
    }

    static Spec milestone(String name, String due, String... after) {
      Map<String, RelationType> predecessors = new LinkedHashMap<>();
      for (String predecessor : after) {
        predecessors.put(predecessor, RelationType.FINISH_START);
      }
      return new Spec(name, due, due, null, predecessors);
    }

    Spec with(String predecessor, RelationType type) {
      return with(predecessor, type, 0);
    }
  }

  private PlanFilesForTests() {}

  /**
   * The WBS's summary tasks: each name with the tasks under it, in order; a summary may sit under
   * another (its name among the other's tasks).
   */
  static Map<String, List<String>> wbs(Object... nameThenChildren) {
    Map<String, List<String>> wbs = new LinkedHashMap<>();
    for (int i = 0; i < nameThenChildren.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> children = (List<String>) nameThenChildren[i + 1];
      wbs.put((String) nameThenChildren[i], children);
    }
    return wbs;
  }

  static ProjectFile project(List<Spec> specs) {
    return project(specs, Map.of());
  }

  /** The tasks, under the summary tasks of {@code wbs} (dates rolled up as the tools do). */
  static ProjectFile project(List<Spec> specs, Map<String, List<String>> wbs) {
    ProjectFile file = new ProjectFile();
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    // Monday to Friday, and the holidays of the year around the plans' dates: New Year's Day and
    // the days between Christmas and New Year, where no test plan works.
    calendar.addCalendarException(LocalDate.parse("2026-01-01"));
    calendar.addCalendarException(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
    file.setDefaultCalendar(calendar);
    file.getProjectProperties().setStartDate(LocalDate.parse("2026-01-01").atTime(8, 0));
    Map<String, String> parentOf = new LinkedHashMap<>();
    wbs.forEach((summary, children) -> children.forEach(child -> parentOf.put(child, summary)));
    // In outline order, as the files keep it: each summary just before the first task under it.
    Map<String, Task> summaries = new LinkedHashMap<>();
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (Spec spec : specs) {
      String parent = parentOf.get(spec.name());
      Task task =
          parent == null
              ? file.addTask()
              : summaryTask(file, parent, parentOf, summaries).addTask();
      task.setName(spec.name());
      LocalDate start = LocalDate.parse(spec.start());
      LocalDate finish = LocalDate.parse(spec.finish());
      boolean milestone = spec.cost() == null;
      task.setMilestone(milestone);
      task.setStart(start.atTime(milestone ? 17 : 8, 0));
      task.setFinish(finish.atTime(17, 0));
      task.setPlannedStart(task.getStart());
      task.setPlannedFinish(task.getFinish());
      task.setDuration(
          Duration.getInstance(
              milestone ? 0 : ChronoUnit.DAYS.between(start, finish) + 1, TimeUnit.DAYS));
      task.setActivityType(milestone ? ActivityType.FINISH_MILESTONE : ActivityType.TASK_DEPENDENT);
      if (!milestone) {
        task.setCost(spec.cost());
        task.setBaselineCost(spec.cost());
        task.setPlannedCost(spec.cost());
        List<ExpenseItem> expenses = new ArrayList<>();
        expenses.add(
            new ExpenseItem.Builder(task)
                .uniqueID(task.getUniqueID())
                .name("Planned cost")
                .plannedCost(spec.cost())
                .atCompletionCost(spec.cost())
                .remainingCost(spec.cost())
                .build());
        task.setExpenseItems(expenses);
      }
      if (spec.percentComplete() != null) {
        task.setPercentageComplete(spec.percentComplete());
      }
      if (!milestone) {
        // What is done and what remains, as the tools keep them: P6 derives its duration percent
        // complete from these, not from the percentage.
        long days = ChronoUnit.DAYS.between(start, finish) + 1;
        double done = spec.percentComplete() == null ? 0 : spec.percentComplete() / 100.0;
        task.setActualDuration(Duration.getInstance(days * done, TimeUnit.DAYS));
        task.setRemainingDuration(Duration.getInstance(days * (1 - done), TimeUnit.DAYS));
      }
      if (spec.actualStart() != null) {
        task.setActualStart(LocalDate.parse(spec.actualStart()).atTime(8, 0));
      }
      if (spec.actualFinish() != null) {
        task.setActualFinish(LocalDate.parse(spec.actualFinish()).atTime(17, 0));
      }
      tasks.put(spec.name(), task);
    }
    for (Spec spec : specs) {
      spec.after()
          .forEach(
              (predecessor, type) ->
                  tasks
                      .get(spec.name())
                      .addPredecessor(
                          new Relation.Builder()
                              .predecessorTask(tasks.get(predecessor))
                              .type(type)
                              .lag(
                                  Duration.getInstance(
                                      spec.lags().getOrDefault(predecessor, 0), TimeUnit.DAYS))));
    }
    for (Task summary : summaries.values()) {
      rollUp(summary);
    }
    return file;
  }

  private static Task summaryTask(
      ProjectFile file, String name, Map<String, String> parentOf, Map<String, Task> summaries) {
    if (summaries.containsKey(name)) {
      return summaries.get(name);
    }
    String parent = parentOf.get(name);
    Task task =
        parent == null ? file.addTask() : summaryTask(file, parent, parentOf, summaries).addTask();
    task.setName(name);
    task.setSummary(true);
    summaries.put(name, task);
    return task;
  }

  /** A summary task's dates as the tools keep them: from its first start to its last finish. */
  private static void rollUp(Task summary) {
    LocalDateTime start = null;
    LocalDateTime finish = null;
    for (Task child : summary.getChildTasks()) {
      if (child.getSummary()) {
        rollUp(child);
      }
      if (child.getStart() != null && (start == null || child.getStart().isBefore(start))) {
        start = child.getStart();
      }
      if (child.getFinish() != null && (finish == null || child.getFinish().isAfter(finish))) {
        finish = child.getFinish();
      }
    }
    summary.setStart(start);
    summary.setFinish(finish);
    if (start != null) {
      summary.setDuration(
          Duration.getInstance(
              ChronoUnit.DAYS.between(start.toLocalDate(), finish.toLocalDate()) + 1,
              TimeUnit.DAYS));
    }
  }

  /** As {@link #mspdi(List)}, the file's progress as of this status date. */
  static byte[] mspdi(List<Spec> specs, LocalDate statusDate) {
    ProjectFile file = project(specs);
    file.getProjectProperties().setStatusDate(statusDate.atTime(17, 0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MSPDIWriter().write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] mspdi(List<Spec> specs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MSPDIWriter().write(project(specs), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The file each of MPXJ's writers makes of these tasks, with progress as of the status date. */
  static byte[] written(String format, List<Spec> specs, LocalDate statusDate) {
    return written(format, specs, Map.of(), statusDate);
  }

  /** The same, the tasks under the summary tasks of {@code wbs}. */
  static byte[] written(
      String format, List<Spec> specs, Map<String, List<String>> wbs, LocalDate statusDate) {
    return written(format, project(specs, wbs), statusDate);
  }

  /** A project already built (to set what the specs do not say), written by that writer. */
  static byte[] written(String format, ProjectFile file, LocalDate statusDate) {
    file.getProjectProperties().setStatusDate(statusDate.atTime(17, 0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case "MSPDI" -> new MSPDIWriter().write(file, out);
        case "XER" -> new PrimaveraXERFileWriter().write(file, out);
        case "PMXML" -> new org.mpxj.primavera.PrimaveraPMFileWriter().write(file, out);
        default -> throw new IllegalArgumentException(format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] xer(List<Spec> specs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PrimaveraXERFileWriter().write(project(specs), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

package org.projectledger.command.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.imports.ImportNote;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportSource;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.platform.web.SpreadsheetCells;

/**
 * Reads a plan file into the items the ledger will plan: Microsoft Project (.mpp, MSPDI .xml) and
 * Primavera P6 (.xer, PMXML), recognised by their first bytes and each read by its own MPXJ reader
 * ({@link PlanUpload}); CSV with Jackson, each cell as the ledger's export wrote it ({@link
 * SpreadsheetCells#restored}). Tasks become work packages, milestones milestones, relations of the
 * four types links with their lags (in whole days), cost (or else planned cost, or else baseline
 * cost) planned cost, summary tasks the WBS's summary elements, each task under its summary. What
 * is not taken over — resources, task calendars, links on summary tasks — is listed as notes, never
 * dropped silently; the file's baseline dates and costs are kept beside the plan as the file's
 * baseline. Item ids derive from the project, the file's SHA-256 and the task's id; a file whose
 * tasks' own ids were imported before updates the plan ({@code Updates}).
 */
final class PlanFiles {

  private static final Pattern PREDECESSOR =
      Pattern.compile("^(.+?)(FS|SS|FF|SF)?([+-]\\s*\\d+(?:[.,]\\d+)?\\s*[a-zA-Z]*)?$");

  private PlanFiles() {}

  /** The import command for a file recognised by its first bytes ({@link PlanUpload}). */
  static ImportPlan read(
      UUID projectId, PlanUpload.Recognised file, boolean dryRun, LocalDate importedOn) {
    String sha256 = sha256(file.bytes());
    List<ImportNote> notes = new ArrayList<>();
    if (file.format() == PlanUpload.Format.CSV) {
      return new ImportPlan(
          projectId,
          new ImportSource(file.fileName(), file.format().name(), sha256),
          csv(projectId, sha256, file.bytes(), notes, importedOn),
          notes,
          dryRun);
    }
    ProjectFile project = PlanUpload.read(file);
    List<FileBaseline> baselines = new ArrayList<>();
    List<ImportedItem> items = tasks(projectId, sha256, project, notes, importedOn, baselines);
    return new ImportPlan(
        projectId,
        new ImportSource(file.fileName(), file.format().name(), sha256),
        items,
        notes,
        dryRun,
        calendar(project, notes),
        baselines);
  }

  // ------------------------------------------------------------------ MPXJ

  /**
   * The task's percent complete, whole (the ledger keeps 0 to 100): Microsoft Project's "%
   * Complete", else P6's physical percent complete; none when the file says nothing or 0.
   */
  private static Integer percentComplete(Task task) {
    Number percent = task.getPercentageComplete();
    if (percent == null || percent.doubleValue() == 0) {
      percent = task.getPhysicalPercentComplete();
    }
    if (percent == null || percent.doubleValue() <= 0) {
      return null;
    }
    return (int) Math.min(100, Math.round(percent.doubleValue()));
  }

  private static final Map<RelationType, LinkType> LINK_TYPES =
      Map.of(
          RelationType.FINISH_START, LinkType.FS,
          RelationType.START_START, LinkType.SS,
          RelationType.FINISH_FINISH, LinkType.FF,
          RelationType.START_FINISH, LinkType.SF);

  /**
   * A relation's lag in whole days: MS Project and P6 keep lags in minutes, hours, days, weeks or
   * as a percentage of the predecessor's duration; each is converted with the file's own hours per
   * day and days per week and rounded to the day, with a note when rounding changed it.
   */
  private static int lagDays(
      Relation relation,
      ProjectFile file,
      String row,
      String predecessorRow,
      List<ImportNote> notes) {
    Duration lag = relation.getLag();
    if (lag == null || lag.getDuration() == 0) {
      return 0;
    }
    double days;
    if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
      Duration predecessor = relation.getPredecessorTask().getDuration();
      double predecessorDays =
          predecessor == null
              ? 0
              : predecessor.convertUnits(TimeUnit.DAYS, file.getProjectProperties()).getDuration();
      days = predecessorDays * lag.getDuration() / 100;
    } else {
      days = lag.convertUnits(TimeUnit.DAYS, file.getProjectProperties()).getDuration();
    }
    long whole = Math.round(days);
    if (Math.abs(days - whole) > 0.001) {
      notes.add(
          new ImportNote(
              row,
              "lag of %s after %s kept as %d day(s): the ledger plans in whole days"
                  .formatted(lag, predecessorRow, whole)));
    }
    if (Math.abs(whole) > Link.MAX_LAG_DAYS) {
      notes.add(
          new ImportNote(
              row,
              "lag of %s after %s is beyond %d days: kept as %d"
                  .formatted(
                      lag,
                      predecessorRow,
                      Link.MAX_LAG_DAYS,
                      (int) Math.signum(whole) * Link.MAX_LAG_DAYS)));
      return (int) Math.signum(whole) * Link.MAX_LAG_DAYS;
    }
    return (int) whole;
  }

  private static List<ImportedItem> tasks(
      UUID projectId,
      String sha256,
      ProjectFile file,
      List<ImportNote> notes,
      LocalDate importedOn,
      List<FileBaseline> baselines) {
    // Progress in the file is as of its status date (P6's data date), else as of the import.
    LocalDate progressOn =
        file.getProjectProperties().getStatusDate() != null
            ? file.getProjectProperties().getStatusDate().toLocalDate()
            : importedOn;
    Map<Task, UUID> ids = new LinkedHashMap<>();
    Map<Task, UUID> summaryIds = new LinkedHashMap<>();
    for (Task task : file.getTasks()) {
      if (task.getUniqueID() == null || task.getName() == null && task.getUniqueID() == 0) {
        continue;
      }
      if (!task.getActive()) {
        notes.add(
            new ImportNote(
                row(task),
                "inactive task \"%s\" not imported: it is cancelled in the file"
                    .formatted(task.getName())));
        continue;
      }
      if (task.getSummary() || !task.getChildTasks().isEmpty()) {
        // A summary task is a summary element of the WBS; the project's own summary (unique id
        // 0, MS Project's row 0) is the project itself.
        if (task.getUniqueID() != 0) {
          summaryIds.put(task, id(projectId, sha256, "task:" + task.getUniqueID()));
        }
        continue;
      }
      ids.put(task, id(projectId, sha256, "task:" + task.getUniqueID()));
    }
    List<ImportedItem> items = new ArrayList<>();
    for (Map.Entry<Task, UUID> entry : summaryIds.entrySet()) {
      Task task = entry.getKey();
      String name = task.getName();
      if (name == null || name.isBlank()) {
        name = "(unnamed task " + task.getUniqueID() + ")";
        notes.add(new ImportNote(row(task), "task without a name: kept as \"%s\"".formatted(name)));
      }
      items.add(
          new ImportedItem(
              row(task),
              entry.getValue(),
              ItemKind.SUMMARY,
              name,
              null,
              null,
              null,
              List.of(),
              null,
              null,
              null,
              null,
              sourceId(task),
              List.of(),
              summaryIds.get(task.getParentTask())));
    }
    for (Map.Entry<Task, UUID> entry : ids.entrySet()) {
      Task task = entry.getKey();
      List<Link> links = new ArrayList<>();
      for (Relation relation : task.getPredecessors()) {
        Task predecessor = relation.getPredecessorTask();
        if (!ids.containsKey(predecessor)) {
          notes.add(
              new ImportNote(
                  row(task),
                  (predecessor.getActive()
                          ? "dependency on %s (a summary task) not imported"
                          : "dependency on %s (inactive: cancelled) not imported")
                      .formatted(row(predecessor))));
          continue;
        }
        links.add(
            new Link(
                ids.get(predecessor),
                LINK_TYPES.get(relation.getType()),
                lagDays(relation, file, row(task), row(predecessor), notes)));
      }
      // The file's own baseline, where it has one, is kept beside the plan.
      if (task.getBaselineStart() != null
          || task.getBaselineFinish() != null
          || task.getBaselineCost() != null && task.getBaselineCost().doubleValue() > 0) {
        baselines.add(
            new FileBaseline(
                entry.getValue(),
                date(task.getBaselineStart()),
                task.getMilestone()
                    ? date(task.getBaselineFinish())
                    : finishDate(task.getBaselineStart(), task.getBaselineFinish()),
                task.getMilestone() || task.getBaselineCost() == null
                    ? null
                    : new BigDecimal(task.getBaselineCost().toString())));
      }
      String name = task.getName();
      if (name == null || name.isBlank()) {
        // MS Project allows a task without a name; the ledger keeps it, named by its id.
        name = "(unnamed task " + task.getUniqueID() + ")";
        notes.add(new ImportNote(row(task), "task without a name: kept as \"%s\"".formatted(name)));
      }
      LocalDateTime start = task.getStart() != null ? task.getStart() : task.getPlannedStart();
      LocalDateTime finish = task.getFinish() != null ? task.getFinish() : task.getPlannedFinish();
      boolean milestone = task.getMilestone();
      Integer percentComplete = milestone ? null : percentComplete(task);
      Actuals actuals =
          milestone
              ? Actuals.NONE
              : actuals(
                  row(task),
                  task.getActualStart() == null ? null : date(task.getActualStart()),
                  task.getActualFinish() == null ? null : date(task.getActualFinish()),
                  percentComplete,
                  progressOn,
                  notes);
      items.add(
          new ImportedItem(
              row(task),
              entry.getValue(),
              milestone ? ItemKind.MILESTONE : ItemKind.WORK_PACKAGE,
              name,
              milestone ? date(finish != null ? finish : start) : date(start),
              milestone ? date(finish != null ? finish : start) : finishDate(start, finish),
              milestone ? BigDecimal.ZERO : cost(task),
              List.of(),
              percentComplete,
              percentComplete == null ? null : progressOn,
              actuals.start(),
              actuals.finish(),
              sourceId(task),
              links,
              summaryIds.get(task.getParentTask())));
    }
    org.mpxj.ProjectCalendar projectCalendar = file.getDefaultCalendar();
    long ownCalendars =
        file.getTasks().stream()
            .filter(
                t ->
                    t.getCalendar() != null
                        && (projectCalendar == null
                            || !java.util.Objects.equals(
                                t.getCalendar().getUniqueID(), projectCalendar.getUniqueID())))
            .count();
    if (ownCalendars > 0) {
      notes.add(
          new ImportNote(
              "file",
              ownCalendars
                  + " task calendar(s) not imported: the project's working calendar applies to"
                  + " every task"));
    }
    long resources = file.getResources().stream().filter(r -> r.getName() != null).count();
    if (resources > 0) {
      notes.add(
          new ImportNote(
              "file",
              resources
                  + " resource(s) and their assignments not imported: costs are taken per task"));
    }
    return items;
  }

  /**
   * The file's project calendar as the ledger keeps one: its working weekdays and its non-working
   * dates (exceptions, recurring ones expanded, its base calendars' too), at most {@link
   * #MAX_NON_WORKING_DATES}. Working exceptions (a Saturday worked) cannot be held: a note.
   */
  private static org.projectledger.api.schedule.ProjectCalendar calendar(
      ProjectFile file, List<ImportNote> notes) {
    org.mpxj.ProjectCalendar calendar = file.getDefaultCalendar();
    if (calendar == null) {
      return null;
    }
    List<java.time.DayOfWeek> working = new ArrayList<>();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      if (calendar.isWorkingDay(day)) {
        working.add(day);
      }
    }
    if (working.isEmpty()) {
      notes.add(
          new ImportNote(
              "calendar",
              "calendar \"%s\" has no working weekday: not imported"
                  .formatted(calendar.getName())));
      return null;
    }
    java.util.TreeSet<LocalDate> off = new java.util.TreeSet<>();
    int workedExceptions = 0;
    for (org.mpxj.ProjectCalendar c = calendar; c != null; c = c.getParent()) {
      for (org.mpxj.ProjectCalendarException exception : c.getCalendarExceptions()) {
        for (org.mpxj.ProjectCalendarException one : exception.getExpandedExceptions()) {
          if (one.getWorking()) {
            workedExceptions++;
            continue;
          }
          for (LocalDate day = one.getFromDate();
              !day.isAfter(one.getToDate()) && off.size() <= MAX_NON_WORKING_DATES;
              day = day.plusDays(1)) {
            off.add(day);
          }
        }
      }
    }
    if (workedExceptions > 0) {
      notes.add(
          new ImportNote(
              "calendar",
              workedExceptions
                  + " working exception(s) of calendar \"%s\" not imported: the ledger keeps working weekdays and non-working dates"
                      .formatted(calendar.getName())));
    }
    if (off.size() > MAX_NON_WORKING_DATES) {
      notes.add(
          new ImportNote(
              "calendar",
              "calendar \"%s\" has more than %d non-working dates: the first %d are kept"
                  .formatted(calendar.getName(), MAX_NON_WORKING_DATES, MAX_NON_WORKING_DATES)));
    }
    return new org.projectledger.api.schedule.ProjectCalendar(
        working, off.stream().limit(MAX_NON_WORKING_DATES).toList());
  }

  /** As many as a calendar in the ledger holds. */
  private static final int MAX_NON_WORKING_DATES = 1000;

  private static String row(Task task) {
    if (task.getActivityID() != null && !task.getActivityID().isBlank()) {
      return "activity " + task.getActivityID();
    }
    return "task " + (task.getID() != null ? task.getID() : task.getUniqueID());
  }

  /**
   * Baseline cost where the file has one, else the cost, else the planned cost, as the file holds
   * it: the project rounds it to its currency's minor unit, with a note where that changes it.
   */
  private static BigDecimal cost(Task task) {
    for (Number amount :
        new Number[] {task.getCost(), task.getPlannedCost(), task.getBaselineCost()}) {
      if (amount != null && amount.doubleValue() > 0) {
        return new BigDecimal(amount.toString());
      }
    }
    return BigDecimal.ZERO;
  }

  private static LocalDate date(LocalDateTime instant) {
    return instant == null ? null : instant.toLocalDate();
  }

  /** A finish at midnight after the start day means the end of the day before. */
  private static LocalDate finishDate(LocalDateTime start, LocalDateTime finish) {
    if (finish == null) {
      return null;
    }
    if (finish.toLocalTime().equals(LocalTime.MIDNIGHT)
        && start != null
        && finish.toLocalDate().isAfter(start.toLocalDate())) {
      return finish.toLocalDate().minusDays(1);
    }
    return finish.toLocalDate();
  }

  // ------------------------------------------------------------------ CSV

  /**
   * A spreadsheet's plan: a header row, then one task per line, with the columns {@code id}, {@code
   * name}, {@code type} (TASK or MILESTONE; TASK when absent), {@code start}, {@code finish} (ISO
   * dates; a milestone is due on {@code finish}), {@code cost} and {@code predecessors} (ids
   * separated by {@code ;}, in Microsoft Project's notation, e.g. {@code 3;4SS+2d}); a row whose
   * {@code cancelled} column says {@code true} is left out, with a note.
   */
  private static List<ImportedItem> csv(
      UUID projectId, String sha256, byte[] bytes, List<ImportNote> notes, LocalDate importedOn) {
    List<Map<String, String>> lines = new ArrayList<>();
    try {
      CsvMapper mapper = new CsvMapper();
      MappingIterator<Map<String, String>> rows =
          mapper
              .readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
      while (rows.hasNext()) {
        Map<String, String> raw = rows.next();
        Map<String, String> line = new LinkedHashMap<>();
        raw.forEach(
            (key, value) ->
                line.put(
                    key.trim().toLowerCase(Locale.ROOT),
                    value == null ? "" : SpreadsheetCells.restored(value.trim())));
        lines.add(line);
      }
    } catch (IOException | RuntimeException e) {
      throw new LedgerException(
          ErrorCode.UNSUPPORTED_FILE,
          "The CSV cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!lines.isEmpty()
        && (!lines.get(0).containsKey("id") || !lines.get(0).containsKey("name"))) {
      throw new LedgerException(
          ErrorCode.UNSUPPORTED_FILE,
          "The CSV needs a header row with at least the columns id and name"
              + " (and type, start, finish, cost, predecessors)");
    }
    Map<String, UUID> ids = new LinkedHashMap<>();
    Map<String, String> rows = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).get("id");
      String row = "line " + (i + 2);
      if (ids.containsKey(id)) {
        throw new LedgerException(
            ErrorCode.UNSUPPORTED_FILE,
            "The CSV uses the id \"%s\" twice (%s and %s)".formatted(id, rows.get(id), row));
      }
      ids.put(id, id(projectId, sha256, "csv:" + id));
      rows.put(id, row);
    }
    // A row marked cancelled (as the ledger's own export marks one) stays out of the plan.
    Map<String, Boolean> cancelled = new LinkedHashMap<>();
    for (Map<String, String> line : lines) {
      cancelled.put(line.get("id"), line.getOrDefault("cancelled", "").equalsIgnoreCase("true"));
    }
    List<ImportedItem> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Map<String, String> line = lines.get(i);
      String row = rows.get(line.get("id"));
      if (cancelled.get(line.get("id"))) {
        notes.add(
            new ImportNote(
                row,
                "cancelled row \"%s\" not imported: it stays out of the plan"
                    .formatted(line.get("name"))));
        continue;
      }
      boolean milestone = line.getOrDefault("type", "").equalsIgnoreCase("MILESTONE");
      List<Link> links = new ArrayList<>();
      for (String token : line.getOrDefault("predecessors", "").split("[;,]")) {
        if (token.isBlank()) {
          continue;
        }
        // An id alone is finish-to-start without lag, even one that ends like a lag (a UUID can).
        Matcher matcher = PREDECESSOR.matcher(token.trim());
        boolean plain = ids.containsKey(token.trim()) || !matcher.matches();
        String predecessor = plain ? token.trim() : matcher.group(1).trim();
        String type = plain || matcher.group(2) == null ? "FS" : matcher.group(2);
        if (!ids.containsKey(predecessor)) {
          notes.add(
              new ImportNote(
                  row,
                  "predecessor \"%s\" is not in the file: not imported".formatted(predecessor)));
          continue;
        }
        if (cancelled.get(predecessor)) {
          notes.add(
              new ImportNote(
                  row,
                  "dependency on %s (cancelled) not imported".formatted(rows.get(predecessor))));
          continue;
        }
        int lag = plain ? 0 : csvLagDays(matcher.group(3), row, rows.get(predecessor), notes);
        links.add(new Link(ids.get(predecessor), LinkType.valueOf(type), lag));
      }
      LocalDate finish = csvDate(line.get("finish"));
      LocalDate start = milestone && finish != null ? finish : csvDate(line.get("start"));
      Integer percentComplete =
          milestone ? null : csvPercent(line.get("percentcomplete"), row, notes);
      LocalDate progressOn =
          line.get("statusdate") == null || line.get("statusdate").isBlank()
              ? importedOn
              : csvDate(line.get("statusdate"));
      Actuals actuals =
          milestone
              ? Actuals.NONE
              : actuals(
                  row,
                  blank(line.get("actualstart")) ? null : csvDate(line.get("actualstart")),
                  blank(line.get("actualfinish")) ? null : csvDate(line.get("actualfinish")),
                  percentComplete,
                  progressOn,
                  notes);
      items.add(
          new ImportedItem(
              row,
              ids.get(line.get("id")),
              milestone ? ItemKind.MILESTONE : ItemKind.WORK_PACKAGE,
              line.get("name"),
              start,
              milestone ? start : finish,
              milestone ? BigDecimal.ZERO : csvAmount(line.get("cost")),
              List.of(),
              percentComplete,
              percentComplete == null ? null : progressOn,
              actuals.start(),
              actuals.finish(),
              line.get("id"),
              links,
              null));
    }
    return items;
  }

  /**
   * A CSV lag as MS Project writes it after the type ("+2d", "-1 day", "+1w", "+16h"): days as they
   * are, weeks of five working days, hours of eight; none when absent. Rounded to whole days, with
   * a note when rounding changed it; a unit the ledger does not know is a note and no lag.
   */
  private static int csvLagDays(
      String lag, String row, String predecessorRow, List<ImportNote> notes) {
    if (lag == null) {
      return 0;
    }
    Matcher matcher = LAG.matcher(lag.replaceAll("\\s", ""));
    if (!matcher.matches()) {
      notes.add(
          new ImportNote(
              row,
              "lag \"%s\" after %s not read: kept without lag".formatted(lag, predecessorRow)));
      return 0;
    }
    double amount = Double.parseDouble(matcher.group(2).replace(',', '.'));
    String unit = matcher.group(3).toLowerCase(java.util.Locale.ROOT);
    double days;
    if (unit.isEmpty() || unit.matches("e?d|e?days?")) {
      days = amount;
    } else if (unit.matches("e?w|e?wks?|e?weeks?")) {
      days = amount * 5;
    } else if (unit.matches("e?h|e?hrs?|e?hours?")) {
      days = amount / 8;
    } else {
      notes.add(
          new ImportNote(
              row,
              "lag \"%s\" after %s not read (unit \"%s\"): kept without lag"
                  .formatted(lag, predecessorRow, matcher.group(3))));
      return 0;
    }
    long whole = Math.round(days);
    if (Math.abs(days - whole) > 0.001) {
      notes.add(
          new ImportNote(
              row,
              "lag of %s after %s kept as %d day(s): the ledger plans in whole days"
                  .formatted(lag.trim(), predecessorRow, whole)));
    }
    int sign = matcher.group(1).equals("-") ? -1 : 1;
    return (int) Math.max(-Link.MAX_LAG_DAYS, Math.min(Link.MAX_LAG_DAYS, sign * whole));
  }

  private static final Pattern LAG = Pattern.compile("^([+-])(\\d+(?:[.,]\\d+)?)([a-zA-Z]*)$");

  /** The task's own id in its file: P6's activity id, else the tool's unique id. */
  private static String sourceId(Task task) {
    String activity = task.getActivityID();
    if (activity != null && !activity.isBlank()) {
      return activity;
    }
    return task.getUniqueID() == null ? null : String.valueOf(task.getUniqueID());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A task's actual dates as its progress report will carry them. */
  private record Actuals(LocalDate start, LocalDate finish) {
    static final Actuals NONE = new Actuals(null, null);
  }

  /**
   * The actual dates a file gives a task, kept with its progress where they agree with it
   * (DOMAIN.md "Actuals in time": on or before the status date; a finish only at 100 %); where they
   * do not, a note says what was left out, never a silent drop and never a refusal of the task.
   */
  private static Actuals actuals(
      String row,
      LocalDate actualStart,
      LocalDate actualFinish,
      Integer percentComplete,
      LocalDate progressOn,
      List<ImportNote> notes) {
    if (actualStart == null && actualFinish == null) {
      return Actuals.NONE;
    }
    if (percentComplete == null || progressOn == null) {
      notes.add(new ImportNote(row, "actual dates not kept: the task reports no progress"));
      return Actuals.NONE;
    }
    LocalDate start = actualStart;
    if (start != null && start.isAfter(progressOn)) {
      notes.add(
          new ImportNote(
              row,
              "actual start %s not kept: it lies after the status date %s"
                  .formatted(start, progressOn)));
      start = null;
    }
    LocalDate finish = actualFinish;
    if (finish != null
        && (percentComplete < 100
            || finish.isAfter(progressOn)
            || (start != null && finish.isBefore(start)))) {
      notes.add(
          new ImportNote(
              row,
              "actual finish %s not kept: the task is %d%% complete as of %s%s"
                  .formatted(
                      finish,
                      percentComplete,
                      progressOn,
                      start != null && finish.isBefore(start) ? ", and it started " + start : "")));
      finish = null;
    }
    return new Actuals(start, finish);
  }

  /**
   * The optional {@code percentComplete} column (the ledger's own schedule.csv writes it): a whole
   * number from 0 to 100; anything else is a note, never a guess.
   */
  private static Integer csvPercent(String text, String row, List<ImportNote> notes) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double percent = Double.parseDouble(text.replace("%", "").trim());
      if (percent >= 0 && percent <= 100) {
        long whole = Math.round(percent);
        return whole == 0 ? null : (int) whole;
      }
    } catch (NumberFormatException notANumber) {
      // noted below
    }
    notes.add(
        new ImportNote(
            row, "percentComplete \"%s\" not read: it must be from 0 to 100".formatted(text)));
    return null;
  }

  private static LocalDate csvDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal csvAmount(String text) {
    if (text == null || text.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(text.replace(" ", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static UUID id(UUID projectId, String sha256, String key) {
    return UUID.nameUUIDFromBytes(
        ("import:" + projectId + ":" + sha256 + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

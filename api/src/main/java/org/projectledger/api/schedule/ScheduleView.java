package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every work package and milestone with baseline and current dates, variance in days against the
 * baseline (positive: late), early and late dates and total float by the critical path method; an
 * item is {@code late} when its planned finish is before the status date and it is not done. An
 * item's {@code dependsOn} names its finish-to-start predecessors without lag; {@code links} every
 * link with its type and lag. Day counts (variance, float) are in the project's working days, by
 * its {@code calendar}. The items are the WBS in its order (third edition): each with its {@code
 * wbsCode} and {@code parentId}, summary elements (kind SUMMARY) rolled up from those under them,
 * and each work package's and summary's PV, EV and AC on the status date. {@code fileBaseline*} are
 * the imported file's own baseline values, beside the plan (never the ledger's baseline).
 */
public record ScheduleView(
    UUID projectId,
    LocalDate statusDate,
    Integer baselineNumber,
    LocalDate forecastFinish,
    List<Item> items,
    List<UUID> criticalPath,
    long version,
    ProjectCalendar calendar) {

  public record Item(
      UUID itemId,
      ItemKind kind,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      LocalDate baselineStart,
      LocalDate baselineFinish,
      Long finishVarianceDays,
      BigDecimal plannedCost,
      int percentComplete,
      List<UUID> dependsOn,
      LocalDate earlyStart,
      LocalDate earlyFinish,
      LocalDate lateStart,
      LocalDate lateFinish,
      long totalFloat,
      boolean critical,
      boolean late,
      LocalDate actualStart,
      LocalDate actualFinish,
      String sourceId,
      List<Link> links,
      UUID parentId,
      String wbsCode,
      BigDecimal plannedValue,
      BigDecimal earnedValue,
      BigDecimal actualCost,
      LocalDate fileBaselineStart,
      LocalDate fileBaselineFinish,
      BigDecimal fileBaselineCost) {}
}

package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager plans a work package of the WBS, with its dates, planned cost and predecessors (links
 * of any type, with lags).
 */
public record PlanWorkPackage(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal plannedCost,
    List<UUID> dependsOn,
    List<Link> links,
    UUID parentId) {

  /** A work package at the top of the WBS. */
  public PlanWorkPackage(
      UUID projectId,
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      List<UUID> dependsOn,
      List<Link> links) {
    this(
        projectId,
        workPackageId,
        name,
        plannedStart,
        plannedFinish,
        plannedCost,
        dependsOn,
        links,
        null);
  }

  /** Finish-to-start predecessors without lags, as before the third edition. */
  public PlanWorkPackage(
      UUID projectId,
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      List<UUID> dependsOn) {
    this(
        projectId,
        workPackageId,
        name,
        plannedStart,
        plannedFinish,
        plannedCost,
        dependsOn,
        null,
        null);
  }

  /**
   * {@code links} where given (then {@code dependsOn} is their predecessors), else {@code
   * dependsOn} as finish-to-start links.
   */
  public PlanWorkPackage {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
    Objects.requireNonNull(plannedCost, "plannedCost");
    links = Link.orFinishToStart(links, Objects.requireNonNull(dependsOn, "dependsOn"));
    dependsOn = Link.predecessors(links);
  }
}

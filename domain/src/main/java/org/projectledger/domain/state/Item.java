package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.figures.LinkRule;
import org.projectledger.figures.WorkingDays;

/**
 * A scheduled item: a work package (days from start to finish, both counted, with a planned cost
 * and progress) or a milestone (a point in time: start and finish are its due date, no cost).
 */
public final class Item {

  UUID id;
  ItemKind kind;
  String name;
  LocalDate start;
  LocalDate finish;
  BigDecimal plannedCost;
  int percentComplete;
  LocalDate actualStart;
  LocalDate actualFinish;
  String sourceId;
  UUID parentId;
  List<Link> links = new ArrayList<>();
  boolean cancelled;

  /** For snapshots. */
  Item() {}

  Item(
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal cost,
      List<Link> links) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.start = start;
    this.finish = finish;
    this.plannedCost = cost;
    this.links = new ArrayList<>(links);
  }

  Item copy() {
    Item copy = new Item(id, kind, name, start, finish, plannedCost, links);
    copy.percentComplete = percentComplete;
    copy.actualStart = actualStart;
    copy.actualFinish = actualFinish;
    copy.sourceId = sourceId;
    copy.parentId = parentId;
    copy.cancelled = cancelled;
    return copy;
  }

  public boolean isMilestone() {
    return kind == ItemKind.MILESTONE;
  }

  /**
   * The earliest planned start (or due date) the link allows after {@code predecessor} (DOMAIN.md,
   * third edition; {@link LinkRule}): planned dates are "not earlier than", so an FS successor may
   * start on its predecessor's finish day.
   */
  LocalDate earliestAfter(Link link, Item predecessor, WorkingDays days) {
    long span = isMilestone() ? 0 : Math.max(0, days.duration(start, finish) - 1);
    return LinkRule.earliestPlannedStart(link, predecessor.start, predecessor.finish, span, days);
  }

  void moveTo(LocalDate newStart, LocalDate newFinish) {
    start = newStart;
    finish = newFinish;
  }

  public String label() {
    return (isMilestone() ? "milestone '" : "work package '") + name + "'";
  }

  public UUID id() {
    return id;
  }

  public ItemKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate finish() {
    return finish;
  }

  public BigDecimal plannedCost() {
    return plannedCost;
  }

  public int percentComplete() {
    return percentComplete;
  }

  /** The item's own id in the plan file it was imported from; null when planned by hand. */
  public String sourceId() {
    return sourceId;
  }

  /** The summary element it sits under in the WBS; null at the top. */
  public UUID parentId() {
    return parentId;
  }

  /** The day the work actually started, where a progress report said; null if not known. */
  public LocalDate actualStart() {
    return actualStart;
  }

  /** The day the work actually finished (at 100 %), where a progress report said. */
  public LocalDate actualFinish() {
    return actualFinish;
  }

  /** Every predecessor's id, whatever the link's type. */
  public List<UUID> dependsOn() {
    return Link.predecessors(links);
  }

  /** Its links to its predecessors, with their types and lags. */
  public List<Link> links() {
    return links;
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Item other
        && Objects.equals(id, other.id)
        && Objects.equals(kind, other.kind)
        && Objects.equals(name, other.name)
        && Objects.equals(start, other.start)
        && Objects.equals(finish, other.finish)
        && Objects.equals(plannedCost, other.plannedCost)
        && percentComplete == other.percentComplete
        && Objects.equals(actualStart, other.actualStart)
        && Objects.equals(actualFinish, other.actualFinish)
        && Objects.equals(sourceId, other.sourceId)
        && Objects.equals(parentId, other.parentId)
        && Objects.equals(links, other.links)
        && cancelled == other.cancelled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        kind,
        name,
        start,
        finish,
        plannedCost,
        percentComplete,
        actualStart,
        actualFinish,
        sourceId,
        links,
        cancelled);
  }
}

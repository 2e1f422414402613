package org.projectledger.api.schedule;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One dependency of an item on its predecessor {@code itemId}: the {@code type} of the link and its
 * {@code lagDays} (negative: a lead), in working days.
 */
public record Link(UUID itemId, LinkType type, int lagDays) {

  /** Lags beyond a few years are a typing error, never a plan. */
  public static final int MAX_LAG_DAYS = 3650;

  public Link {
    Objects.requireNonNull(itemId, "itemId");
    type = type == null ? LinkType.FS : type;
  }

  public static Link finishToStart(UUID predecessor) {
    return new Link(predecessor, LinkType.FS, 0);
  }

  /**
   * The links an item holds: {@code links} where given, else every one of {@code dependsOn} as
   * finish-to-start without lag (what every dependency was before the third edition, and what
   * {@code dependsOn} still says).
   */
  public static List<Link> orFinishToStart(List<Link> links, List<UUID> dependsOn) {
    if (links != null) {
      return List.copyOf(links);
    }
    return dependsOn == null ? List.of() : dependsOn.stream().map(Link::finishToStart).toList();
  }

  /**
   * The links as an event records them beside {@code dependsOn}: null when each is finish-to-start
   * without lag, which {@code dependsOn} already says (so an event of such a plan reads as it did
   * before the third edition).
   */
  public static List<Link> recorded(List<Link> links) {
    return links.stream().allMatch(Link::isPlainFinishToStart) ? null : List.copyOf(links);
  }

  public boolean isPlainFinishToStart() {
    return type == LinkType.FS && lagDays == 0;
  }

  /** The predecessors' ids, in the links' order. */
  public static List<UUID> predecessors(List<Link> links) {
    return links.stream().map(Link::itemId).toList();
  }

  /** How the schedule names it: "FS", "SS+2d", "FF-1d". */
  public String label() {
    return type + (lagDays == 0 ? "" : (lagDays > 0 ? "+" : "") + lagDays + "d");
  }
}

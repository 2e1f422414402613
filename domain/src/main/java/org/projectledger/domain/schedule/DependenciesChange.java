package org.projectledger.domain.schedule;

import java.util.List;
import java.util.UUID;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.Link;
import org.projectledger.domain.state.Item;

/** The event of an item's links changing, directly or by a change request. */
public final class DependenciesChange {

  private DependenciesChange() {}

  /**
   * The old and new predecessors' ids, and the links beside them where either side holds a link
   * that is not finish-to-start without lag ({@link Link#recorded}).
   */
  public static DependenciesChanged of(
      UUID projectId, Item item, List<Link> newLinks, String reason, UUID changeRequestId) {
    List<Link> oldLinks = List.copyOf(item.links());
    boolean plain = Link.recorded(oldLinks) == null && Link.recorded(newLinks) == null;
    return new DependenciesChanged(
        projectId,
        item.id(),
        Link.predecessors(oldLinks),
        Link.predecessors(newLinks),
        reason,
        changeRequestId,
        plain ? null : oldLinks,
        plain ? null : List.copyOf(newLinks));
  }
}

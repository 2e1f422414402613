package org.projectledger.domain.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.schedule.Link;

/** What breaks the plan's network: a link whose dates do not hold, a cycle. */
final class Violations {

  private Violations() {}

  /** Why the link does not hold: the rule of its type, in words. */
  static String of(Item item, Link link, Item predecessor) {
    String lag = link.lagDays() == 0 ? "" : " with a lag of %d days".formatted(link.lagDays());
    return switch (link.type()) {
      case FS ->
          "%s would start on %s, but it follows %s, which finishes on %s%s"
              .formatted(item.label(), item.start, predecessor.label(), predecessor.finish, lag);
      case SS ->
          "%s would start on %s, but it starts with %s, which starts on %s%s"
              .formatted(item.label(), item.start, predecessor.label(), predecessor.start, lag);
      case FF ->
          "%s would finish on %s, but it finishes with %s, which finishes on %s%s"
              .formatted(item.label(), item.finish, predecessor.label(), predecessor.finish, lag);
      case SF ->
          "%s would finish on %s, but it may finish only once %s starts, on %s%s"
              .formatted(item.label(), item.finish, predecessor.label(), predecessor.start, lag);
    };
  }

  /** Whether walking predecessors from {@code from} ever arrives at {@code target}. */
  static boolean reaches(Map<UUID, Item> items, List<UUID> from, UUID target) {
    Deque<UUID> work = new ArrayDeque<>(from);
    Set<UUID> seen = new HashSet<>();
    while (!work.isEmpty()) {
      UUID current = work.pop();
      if (current.equals(target)) {
        return true;
      }
      Item item = items.get(current);
      if (item != null && seen.add(current)) {
        work.addAll(item.dependsOn());
      }
    }
    return false;
  }
}

package org.projectledger.domain.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.imports.ImportRefusal;
import org.projectledger.api.imports.ImportedItem;

/**
 * The items of an imported file in an order the rules can take them in: every item after its
 * predecessors (Kahn's algorithm, keeping the file's order where it is free to). Items caught in a
 * dependency cycle cannot be ordered: each is refused with {@code DEPENDENCY_CYCLE}, naming the
 * rows of the cycle.
 */
final class ImportOrder {

  private ImportOrder() {}

  static List<ImportedItem> of(
      List<ImportedItem> items, List<ImportRefusal> refused, Map<UUID, String> refusedRows) {
    Map<UUID, ImportedItem> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(item.itemId(), item));
    Map<UUID, Integer> waiting = new HashMap<>();
    Map<UUID, List<UUID>> successors = new HashMap<>();
    for (ImportedItem item : items) {
      int inFile = 0;
      for (UUID predecessor : item.dependsOn()) {
        if (byId.containsKey(predecessor)) {
          inFile++;
          successors.computeIfAbsent(predecessor, id -> new ArrayList<>()).add(item.itemId());
        }
      }
      waiting.put(item.itemId(), inFile);
    }
    Deque<UUID> ready = new ArrayDeque<>();
    items.stream()
        .filter(item -> waiting.get(item.itemId()) == 0)
        .forEach(item -> ready.add(item.itemId()));
    List<ImportedItem> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      UUID next = ready.poll();
      ordered.add(byId.get(next));
      for (UUID successor : successors.getOrDefault(next, List.of())) {
        if (waiting.merge(successor, -1, Integer::sum) == 0) {
          ready.add(successor);
        }
      }
    }
    if (ordered.size() < items.size()) {
      List<ImportedItem> stuck =
          items.stream().filter(item -> waiting.get(item.itemId()) > 0).toList();
      for (ImportedItem item : stuck) {
        List<String> cycle = cycleThrough(item, byId, waiting);
        String detail =
            cycle.isEmpty()
                ? "Depends on rows caught in a dependency cycle"
                : "The dependencies form a cycle: " + String.join(" → ", cycle);
        refused.add(
            new ImportRefusal(
                item.row(),
                cycle.isEmpty()
                    ? ErrorCode.DEPENDENCY_VIOLATION.name()
                    : ErrorCode.DEPENDENCY_CYCLE.name(),
                detail));
        refusedRows.put(item.itemId(), item.row());
      }
    }
    return ordered;
  }

  /** The rows of a cycle that runs through the item, or empty when it only hangs off one. */
  private static List<String> cycleThrough(
      ImportedItem start, Map<UUID, ImportedItem> byId, Map<UUID, Integer> waiting) {
    Deque<List<UUID>> paths = new ArrayDeque<>();
    paths.add(List.of(start.itemId()));
    java.util.Set<UUID> seen = new java.util.HashSet<>();
    while (!paths.isEmpty()) {
      List<UUID> path = paths.poll();
      ImportedItem last = byId.get(path.get(path.size() - 1));
      for (UUID predecessor : last.dependsOn()) {
        if (predecessor.equals(start.itemId())) {
          List<String> rows = new ArrayList<>();
          path.forEach(id -> rows.add(byId.get(id).row()));
          rows.add(start.row());
          return rows;
        }
        if (byId.containsKey(predecessor)
            && waiting.get(predecessor) > 0
            && seen.add(predecessor)) {
          List<UUID> longer = new ArrayList<>(path);
          longer.add(predecessor);
          paths.add(longer);
        }
      }
    }
    return List.of();
  }
}

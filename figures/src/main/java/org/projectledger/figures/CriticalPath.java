package org.projectledger.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The critical path method over work packages and milestones joined finish-to-start (DOMAIN.md). A
 * work package occupies whole days from its start to its finish, both counted, and its successors
 * start the day after; a milestone is a moment and may fall on its predecessor's last day. The
 * forward pass takes the later of each item's planned start and what its predecessors allow; the
 * backward pass runs from the latest early finish. Total float is late start minus early start, in
 * days; the critical path is every item without float.
 */
public final class CriticalPath {

  /** An item as planned now. */
  public record Node(
      UUID id,
      boolean milestone,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      List<UUID> dependsOn) {

    public long duration() {
      return milestone ? 0 : ChronoUnit.DAYS.between(plannedStart, plannedFinish) + 1;
    }
  }

  /** The passes' result for one item. */
  public record Timing(
      UUID id,
      LocalDate earlyStart,
      LocalDate earlyFinish,
      LocalDate lateStart,
      LocalDate lateFinish,
      long totalFloat,
      boolean critical) {}

  private CriticalPath() {}

  public static Map<UUID, Timing> of(List<Node> nodes) {
    Map<UUID, Node> byId = new LinkedHashMap<>();
    nodes.forEach(node -> byId.put(node.id(), node));
    List<Node> order = topological(byId);

    Map<UUID, LocalDate> earlyStart = new HashMap<>();
    Map<UUID, LocalDate> earlyFinish = new HashMap<>();
    for (Node node : order) {
      LocalDate start = node.plannedStart();
      for (UUID predecessor : node.dependsOn()) {
        LocalDate allowed = after(node, earlyFinish.get(predecessor));
        if (allowed.isAfter(start)) {
          start = allowed;
        }
      }
      earlyStart.put(node.id(), start);
      earlyFinish.put(node.id(), finish(node, start));
    }

    LocalDate end = earlyFinish.values().stream().max(LocalDate::compareTo).orElse(null);
    Map<UUID, List<Node>> successors = new HashMap<>();
    for (Node node : nodes) {
      for (UUID predecessor : node.dependsOn()) {
        successors.computeIfAbsent(predecessor, key -> new ArrayList<>()).add(node);
      }
    }
    Map<UUID, LocalDate> lateStart = new HashMap<>();
    Map<UUID, LocalDate> lateFinish = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Node node = order.get(i);
      LocalDate latest = end;
      for (Node successor : successors.getOrDefault(node.id(), List.of())) {
        LocalDate allowed =
            successor.milestone()
                ? lateStart.get(successor.id())
                : lateStart.get(successor.id()).minusDays(1);
        if (allowed.isBefore(latest)) {
          latest = allowed;
        }
      }
      lateFinish.put(node.id(), latest);
      lateStart.put(node.id(), node.milestone() ? latest : latest.minusDays(node.duration() - 1));
    }

    Map<UUID, Timing> timings = new LinkedHashMap<>();
    for (Node node : nodes) {
      long slack = ChronoUnit.DAYS.between(earlyStart.get(node.id()), lateStart.get(node.id()));
      timings.put(
          node.id(),
          new Timing(
              node.id(),
              earlyStart.get(node.id()),
              earlyFinish.get(node.id()),
              lateStart.get(node.id()),
              lateFinish.get(node.id()),
              slack,
              slack == 0));
    }
    return timings;
  }

  private static LocalDate after(Node node, LocalDate predecessorFinish) {
    return node.milestone() ? predecessorFinish : predecessorFinish.plusDays(1);
  }

  private static LocalDate finish(Node node, LocalDate start) {
    return node.milestone() ? start : start.plusDays(node.duration() - 1);
  }

  /** Predecessors first (Kahn); the aggregate keeps the graph acyclic. */
  private static List<Node> topological(Map<UUID, Node> nodes) {
    Map<UUID, Integer> waiting = new HashMap<>();
    Map<UUID, List<UUID>> successors = new HashMap<>();
    for (Node node : nodes.values()) {
      int known = 0;
      for (UUID predecessor : node.dependsOn()) {
        if (nodes.containsKey(predecessor)) {
          known++;
          successors.computeIfAbsent(predecessor, key -> new ArrayList<>()).add(node.id());
        }
      }
      waiting.put(node.id(), known);
    }
    Deque<UUID> ready = new ArrayDeque<>();
    nodes.keySet().stream().filter(id -> waiting.get(id) == 0).forEach(ready::add);
    List<Node> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      UUID id = ready.poll();
      order.add(nodes.get(id));
      for (UUID successor : successors.getOrDefault(id, List.of())) {
        if (waiting.merge(successor, -1, Integer::sum) == 0) {
          ready.add(successor);
        }
      }
    }
    if (order.size() != nodes.size()) {
      throw new IllegalStateException("The schedule has a dependency cycle");
    }
    return order;
  }
}

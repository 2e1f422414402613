package org.projectledger.figures;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.schedule.Link;

/**
 * The critical path method over work packages and milestones joined by links of the four types with
 * their lags (DOMAIN.md, third edition; {@link LinkRule} says what each link asks), in the
 * project's working days ({@link WorkingDays}). A work package occupies whole working days from its
 * start to its finish, both counted. The forward pass takes the later of each item's planned start
 * (a work package's moved to a working day) and what its predecessors allow; the backward pass runs
 * from the latest early finish. Total float is late start minus early start, in working days; the
 * critical path is every item without float.
 */
public final class CriticalPath {

  /** An item as planned now, with its links to its predecessors. */
  public record Node(
      UUID id,
      boolean milestone,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      List<Link> links) {

    public Node {
      links = List.copyOf(links);
    }

    /** An item whose predecessors are all finish-to-start without lag. */
    public static Node finishToStart(
        UUID id,
        boolean milestone,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        List<UUID> predecessors) {
      return new Node(
          id,
          milestone,
          plannedStart,
          plannedFinish,
          predecessors.stream().map(Link::finishToStart).toList());
    }

    /** Its working days, start and finish counted (at least one for a work package). */
    public long duration(WorkingDays days) {
      return milestone ? 0 : Math.max(1, days.duration(plannedStart, plannedFinish));
    }

    /** Working days from its start to its finish: 0 for a milestone and a one-day work package. */
    long span(WorkingDays days) {
      return milestone ? 0 : duration(days) - 1;
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

  /** The passes over the items, counting the project's working days. */
  public static Map<UUID, Timing> of(List<Node> nodes, WorkingDays days) {
    Map<UUID, Node> byId = new LinkedHashMap<>();
    nodes.forEach(node -> byId.put(node.id(), node));
    List<Node> order = topological(byId);

    Map<UUID, LocalDate> earlyStart = new HashMap<>();
    Map<UUID, LocalDate> earlyFinish = new HashMap<>();
    for (Node node : order) {
      long span = node.span(days);
      LocalDate start =
          node.milestone() ? node.plannedStart() : days.onOrAfter(node.plannedStart());
      for (Link link : node.links()) {
        if (!byId.containsKey(link.itemId())) {
          continue;
        }
        LocalDate anchor =
            LinkRule.fromStart(link)
                ? earlyStart.get(link.itemId())
                : earlyFinish.get(link.itemId());
        LocalDate bound = days.plus(anchor, LinkRule.scheduledGap(link, node.milestone()));
        LocalDate allowed = LinkRule.toFinish(link) ? days.plus(bound, -span) : bound;
        if (allowed.isAfter(start)) {
          start = allowed;
        }
      }
      earlyStart.put(node.id(), start);
      earlyFinish.put(node.id(), days.plus(start, span));
    }

    LocalDate end = earlyFinish.values().stream().max(LocalDate::compareTo).orElse(null);
    Map<UUID, List<Node>> successors = new HashMap<>();
    for (Node node : nodes) {
      for (Link link : node.links()) {
        successors.computeIfAbsent(link.itemId(), key -> new ArrayList<>()).add(node);
      }
    }
    Map<UUID, LocalDate> lateStart = new HashMap<>();
    Map<UUID, LocalDate> lateFinish = new HashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      Node node = order.get(i);
      LocalDate latest = end;
      for (Node successor : successors.getOrDefault(node.id(), List.of())) {
        for (Link link : successor.links()) {
          if (!link.itemId().equals(node.id())) {
            continue;
          }
          LocalDate bound =
              LinkRule.toFinish(link)
                  ? lateFinish.get(successor.id())
                  : lateStart.get(successor.id());
          LocalDate allowed = days.plus(bound, -LinkRule.scheduledGap(link, successor.milestone()));
          if (LinkRule.fromStart(link)) {
            allowed = days.plus(allowed, node.span(days));
          }
          if (allowed.isBefore(latest)) {
            latest = allowed;
          }
        }
      }
      lateFinish.put(node.id(), latest);
      lateStart.put(node.id(), days.plus(latest, -node.span(days)));
    }

    Map<UUID, Timing> timings = new LinkedHashMap<>();
    for (Node node : nodes) {
      long slack = days.between(earlyStart.get(node.id()), lateStart.get(node.id()));
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

  /** Predecessors first (Kahn); the aggregate keeps the graph acyclic. */
  private static List<Node> topological(Map<UUID, Node> nodes) {
    Map<UUID, Integer> waiting = new HashMap<>();
    Map<UUID, List<UUID>> successors = new HashMap<>();
    for (Node node : nodes.values()) {
      int known = 0;
      for (UUID predecessor : Link.predecessors(node.links())) {
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

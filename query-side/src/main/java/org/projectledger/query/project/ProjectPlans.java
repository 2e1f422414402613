package org.projectledger.query.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.figures.CriticalPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a project's plan and baselines from its read-model tables, by project key. */
@Component
public class ProjectPlans {

  /** A work package or milestone as planned now, with its links to its predecessors. */
  public record PlannedItem(
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal plannedCost,
      List<Link> links,
      int percentComplete,
      boolean cancelled,
      String sourceId,
      UUID parentId) {

    public PlannedItem {
      links = List.copyOf(links);
    }

    public boolean isMilestone() {
      return kind == ItemKind.MILESTONE;
    }

    /** The item as the critical path method takes it. */
    public CriticalPath.Node node() {
      return new CriticalPath.Node(id, isMilestone(), start, finish, links);
    }

    /** Every predecessor's id, whatever the link. */
    public List<UUID> predecessors() {
      return Link.predecessors(links);
    }

    /**
     * API.md's {@code dependsOn}: the predecessors joined finish-to-start without lag (a client of
     * the first edition reads every id in it so); {@code links} holds them all.
     */
    public List<UUID> dependsOn() {
      return links.stream()
          .filter(link -> link.type() == LinkType.FS && link.lagDays() == 0)
          .map(Link::itemId)
          .toList();
    }

    /** An item imported from a plan file, which names it {@code sourceId}. */
    public PlannedItem withSourceId(String newSourceId) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          links,
          percentComplete,
          cancelled,
          newSourceId,
          parentId);
    }

    public PlannedItem withName(String newName) {
      return new PlannedItem(
          id,
          kind,
          newName,
          start,
          finish,
          plannedCost,
          links,
          percentComplete,
          cancelled,
          sourceId,
          parentId);
    }

    public PlannedItem withPercentComplete(int newPercentComplete) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          links,
          newPercentComplete,
          cancelled,
          sourceId,
          parentId);
    }

    public PlannedItem withDates(LocalDate newStart, LocalDate newFinish) {
      return new PlannedItem(
          id,
          kind,
          name,
          newStart,
          newFinish,
          plannedCost,
          links,
          percentComplete,
          cancelled,
          sourceId,
          parentId);
    }

    public PlannedItem withPlannedCost(BigDecimal newPlannedCost) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          newPlannedCost,
          links,
          percentComplete,
          cancelled,
          sourceId,
          parentId);
    }

    public PlannedItem withLinks(List<Link> newLinks) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          newLinks,
          percentComplete,
          cancelled,
          sourceId,
          parentId);
    }

    public PlannedItem asCancelled() {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          links,
          percentComplete,
          true,
          sourceId,
          parentId);
    }
  }

  /** A summary element of the WBS, under {@code parentId} (null: at the top), in its order. */
  public record SummaryItem(UUID id, String name, UUID parentId, String sourceId) {}

  /** An item as the latest baseline froze it. */
  public record FrozenItem(UUID id, LocalDate start, LocalDate finish, BigDecimal plannedCost) {}

  private final JdbcTemplate jdbc;

  ProjectPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<PlannedItem> items(UUID projectId) {
    return jdbc.query(
        "SELECT * FROM project_item WHERE project_id = ? ORDER BY position",
        (rs, row) ->
            new PlannedItem(
                rs.getObject("item_id", UUID.class),
                ItemKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_finish", LocalDate.class),
                rs.getBigDecimal("planned_cost"),
                StoredLinks.parse(rs.getString("depends_on")),
                rs.getInt("percent_complete"),
                rs.getBoolean("cancelled"),
                rs.getString("source_id"),
                rs.getObject("parent_id", UUID.class)),
        projectId);
  }

  /** The files' own baseline values, by element. */
  public Map<UUID, FileBaseline> fileBaselines(UUID projectId) {
    Map<UUID, FileBaseline> baselines = new LinkedHashMap<>();
    jdbc.query(
        "SELECT * FROM project_file_baseline WHERE project_id = ?",
        rs -> {
          UUID id = rs.getObject("item_id", UUID.class);
          baselines.put(
              id,
              new FileBaseline(
                  id,
                  rs.getObject("start_date", LocalDate.class),
                  rs.getObject("finish_date", LocalDate.class),
                  rs.getBigDecimal("cost")));
        },
        projectId);
    return baselines;
  }

  public List<SummaryItem> summaries(UUID projectId) {
    return jdbc.query(
        "SELECT * FROM project_summary WHERE project_id = ? ORDER BY position",
        (rs, row) ->
            new SummaryItem(
                rs.getObject("summary_id", UUID.class),
                rs.getString("name"),
                rs.getObject("parent_id", UUID.class),
                rs.getString("source_id")),
        projectId);
  }

  public Optional<Integer> latestBaseline(UUID projectId) {
    return Optional.ofNullable(
        jdbc.queryForObject(
            "SELECT MAX(baseline_number) FROM project_baseline WHERE project_id = ?",
            Integer.class,
            projectId));
  }

  public Map<UUID, FrozenItem> baseline(UUID projectId, int number) {
    Map<UUID, FrozenItem> frozen = new LinkedHashMap<>();
    jdbc.query(
        "SELECT * FROM project_baseline_item WHERE project_id = ? AND baseline_number = ?",
        rs -> {
          UUID id = rs.getObject("item_id", UUID.class);
          frozen.put(
              id,
              new FrozenItem(
                  id,
                  rs.getObject("planned_start", LocalDate.class),
                  rs.getObject("planned_finish", LocalDate.class),
                  rs.getBigDecimal("planned_cost")));
        },
        projectId,
        number);
    return frozen;
  }
}

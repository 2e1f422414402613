package org.projectledger.query.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.schedule.ItemKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a project's plan and baselines from its read-model tables, by project key. */
@Component
public class ProjectPlans {

  /** A work package or milestone as planned now. */
  public record PlannedItem(
      UUID id,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal plannedCost,
      List<UUID> dependsOn,
      int percentComplete,
      boolean cancelled,
      String sourceId) {

    /** An item as planned, by hand: not cancelled. */
    public PlannedItem(
        UUID id,
        ItemKind kind,
        String name,
        LocalDate start,
        LocalDate finish,
        BigDecimal plannedCost,
        List<UUID> dependsOn,
        int percentComplete) {
      this(id, kind, name, start, finish, plannedCost, dependsOn, percentComplete, false, null);
    }

    public boolean isMilestone() {
      return kind == ItemKind.MILESTONE;
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
          dependsOn,
          percentComplete,
          cancelled,
          newSourceId);
    }

    public PlannedItem withPercentComplete(int newPercentComplete) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          dependsOn,
          newPercentComplete,
          cancelled,
          sourceId);
    }

    public PlannedItem withDates(LocalDate newStart, LocalDate newFinish) {
      return new PlannedItem(
          id,
          kind,
          name,
          newStart,
          newFinish,
          plannedCost,
          dependsOn,
          percentComplete,
          cancelled,
          sourceId);
    }

    public PlannedItem withPlannedCost(BigDecimal newPlannedCost) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          newPlannedCost,
          dependsOn,
          percentComplete,
          cancelled,
          sourceId);
    }

    public PlannedItem withDependsOn(List<UUID> newDependsOn) {
      return new PlannedItem(
          id,
          kind,
          name,
          start,
          finish,
          plannedCost,
          newDependsOn,
          percentComplete,
          cancelled,
          sourceId);
    }

    public PlannedItem asCancelled() {
      return new PlannedItem(
          id, kind, name, start, finish, plannedCost, dependsOn, percentComplete, true, sourceId);
    }
  }

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
                ids(rs.getString("depends_on")),
                rs.getInt("percent_complete"),
                rs.getBoolean("cancelled"),
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

  private static List<UUID> ids(String joined) {
    return joined == null || joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
  }
}

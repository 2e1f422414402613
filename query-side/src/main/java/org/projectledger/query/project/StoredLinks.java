package org.projectledger.query.project;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;

/**
 * An item's links as {@code project_item.depends_on} holds them: comma-separated, each the
 * predecessor's id, followed by {@code :TYPE:lag} unless it is finish-to-start without lag. A row
 * written before the third edition (ids only) reads as finish-to-start links, as it meant.
 */
public final class StoredLinks {

  private StoredLinks() {}

  public static String format(List<Link> links) {
    return links.stream()
        .map(
            link ->
                link.type() == LinkType.FS && link.lagDays() == 0
                    ? link.itemId().toString()
                    : link.itemId() + ":" + link.type() + ":" + link.lagDays())
        .collect(Collectors.joining(","));
  }

  public static List<Link> parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return Arrays.stream(stored.split(","))
        .map(
            one -> {
              String[] parts = one.split(":");
              UUID id = UUID.fromString(parts[0]);
              return parts.length == 1
                  ? Link.finishToStart(id)
                  : new Link(id, LinkType.valueOf(parts[1]), Integer.parseInt(parts[2]));
            })
        .toList();
  }
}

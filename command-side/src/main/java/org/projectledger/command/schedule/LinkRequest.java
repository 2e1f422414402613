package org.projectledger.command.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;

/**
 * One of an item's {@code links} in a write (API.md, third edition): the predecessor, the type (FS
 * when absent) and the lag in working days (0 when absent; negative: a lead).
 */
public record LinkRequest(
    @NotNull UUID itemId,
    LinkType type,
    @Min(-Link.MAX_LAG_DAYS) @Max(Link.MAX_LAG_DAYS) Integer lagDays) {

  Link toLink() {
    return new Link(itemId, type, lagDays == null ? 0 : lagDays);
  }

  /**
   * The links a write asks for: {@code links} or {@code dependsOn} (finish-to-start, no lag), never
   * both; neither is no predecessor.
   */
  public static List<Link> of(List<UUID> dependsOn, List<LinkRequest> links) {
    if (dependsOn != null && links != null) {
      throw new LedgerException(
          ErrorCode.VALIDATION_FAILED,
          "Give either dependsOn or links, not both: links holds every predecessor with its type"
              + " and lag");
    }
    return links != null
        ? links.stream().map(LinkRequest::toLink).toList()
        : Link.orFinishToStart(null, dependsOn);
  }
}

package org.projectledger.query.ledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain's links in order of position, read a page at a time (by position, not by offset): a
 * verification or an export of a million events holds one page of links in memory, never the whole
 * chain.
 */
final class ChainLinks implements Iterator<ChainLinks.Link> {

  /** One link: the event at a position, and the hash the chain recorded for it. */
  record Link(long position, String eventId, String hash) {}

  private final JdbcTemplate jdbc;
  private final int pageSize;
  private final Deque<Link> page = new ArrayDeque<>();
  private long after = Long.MIN_VALUE;
  private boolean exhausted;

  ChainLinks(JdbcTemplate jdbc, int pageSize) {
    this.jdbc = jdbc;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    if (page.isEmpty() && !exhausted) {
      jdbc.query(
          "SELECT global_position, event_id, hash FROM ledger_chain WHERE global_position > ?"
              + " ORDER BY global_position LIMIT ?",
          rs -> {
            page.add(new Link(rs.getLong(1), rs.getString(2), rs.getString(3)));
          },
          after,
          pageSize);
      exhausted = page.size() < pageSize;
      if (!page.isEmpty()) {
        after = page.getLast().position();
      }
    }
    return !page.isEmpty();
  }

  @Override
  public Link next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.poll();
  }

  /** The next link without taking it, or null at the end. */
  Link peek() {
    return hasNext() ? page.peek() : null;
  }
}

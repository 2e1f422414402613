package org.projectledger.platform.ledger;

import java.util.List;
import java.util.function.Consumer;
import org.projectledger.api.ledger.StoredEvent;

/**
 * The events as the event store holds them, read through the store's own API: the JDBC table of the
 * embedded default and of PostgreSQL, or Axon Server's event channel. The hash chain, its
 * verification and the export read events only here, so they are computed the same way on either
 * store and never see what an upcaster makes of an event (docs/ledger-format.md).
 */
public interface StoredEvents {

  /** Events read at once by {@link #forEach}. */
  int PAGE = 500;

  /**
   * Up to {@code limit} stored events at {@code position} or after, in global order. Positions
   * start at 1 in the JDBC store and at 0 in Axon Server.
   */
  List<StoredEvent> from(long position, int limit);

  /** Every stored event from the first, in global order, a page at a time. */
  default void forEach(Consumer<StoredEvent> action) {
    long next = StoredEvent.BEFORE_FIRST + 1;
    while (true) {
      List<StoredEvent> page = from(next, PAGE);
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      next = page.get(page.size() - 1).position() + 1;
    }
  }
}

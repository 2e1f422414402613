package org.projectledger.api.ledger;

/**
 * An event exactly as the event store holds it: payload and metadata as the stored bytes, in
 * Base64. The hash chain and the export are built from this form, so that what they vouch for is
 * what is stored, not what a reader makes of it.
 */
public record StoredEvent(
    long position,
    String eventId,
    String type,
    String revision,
    String aggregateId,
    long sequence,
    String timestamp,
    String payload,
    String metadata) {

  /**
   * A position before every event of any store: PostgreSQL and H2 number events from 1, Axon Server
   * from 0. A read that pages by "after this position" starts here.
   */
  public static final long BEFORE_FIRST = -1;
}

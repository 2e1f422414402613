package org.projectledger.api.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain (see docs/ledger-format.md): {@code hash(n) = SHA-256(hash(n-1) ‖ canonical(n))}
 * in lower-case hex, starting from 64 zeros. The canonical bytes of an event are the UTF-8 of its
 * fields, each followed by a line feed, in this order: global position, event id, payload type,
 * payload revision (empty when none), aggregate id, sequence number, record time as stored, payload
 * (Base64 of the stored bytes), metadata (Base64 of the stored bytes, empty when none).
 */
public final class LedgerHash {

  /** The hash before the first event. */
  public static final String GENESIS = "0".repeat(64);

  private LedgerHash() {}

  /**
   * Hashes each of the canonical fields as it is, into one digest kept per thread: the same bytes
   * as {@link #canonical} after {@code previous}, without building them as one text first (the text
   * and its bytes were a quarter of what the chain's processor allocated in a rebuild).
   */
  public static String next(String previous, StoredEvent event) {
    MessageDigest digest = DIGESTS.get();
    digest.reset();
    digest.update(previous.getBytes(StandardCharsets.US_ASCII));
    for (String field : fields(event)) {
      digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final ThreadLocal<MessageDigest> DIGESTS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
          });

  public static byte[] canonical(StoredEvent event) {
    StringBuilder text = new StringBuilder(1024);
    for (String field : fields(event)) {
      text.append(field).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical fields of an event, in their order (see the class's documentation). */
  private static String[] fields(StoredEvent event) {
    return new String[] {
      Long.toString(event.position()),
      event.eventId(),
      event.type(),
      nullToEmpty(event.revision()),
      event.aggregateId(),
      Long.toString(event.sequence()),
      event.timestamp(),
      event.payload(),
      nullToEmpty(event.metadata())
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

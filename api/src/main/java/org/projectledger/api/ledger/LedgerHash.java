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
    field(digest, Long.toString(event.position()));
    field(digest, event.eventId());
    field(digest, event.type());
    field(digest, nullToEmpty(event.revision()));
    field(digest, event.aggregateId());
    field(digest, Long.toString(event.sequence()));
    field(digest, event.timestamp());
    field(digest, event.payload());
    field(digest, nullToEmpty(event.metadata()));
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

  private static void field(MessageDigest digest, String value) {
    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  public static byte[] canonical(StoredEvent event) {
    String text =
        event.position()
            + "\n"
            + event.eventId()
            + "\n"
            + event.type()
            + "\n"
            + nullToEmpty(event.revision())
            + "\n"
            + event.aggregateId()
            + "\n"
            + event.sequence()
            + "\n"
            + event.timestamp()
            + "\n"
            + event.payload()
            + "\n"
            + nullToEmpty(event.metadata())
            + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

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

  public static String next(String previous, StoredEvent event) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous.getBytes(StandardCharsets.US_ASCII));
      digest.update(canonical(event));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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

package org.projectledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chain's hash is SHA-256 of the previous hash and the canonical bytes, each field and a line
 * feed in the documented order (ledger-format.md).
 */
class LedgerHashTest {

  @Test
  void theHashIsTheDigestOfThePreviousHashAndTheCanonicalBytes() throws Exception {
    SplittableRandom random = new SplittableRandom(20261129);
    String previous = LedgerHash.GENESIS;
    for (int i = 0; i < 500; i++) {
      byte[] payload = new byte[random.nextInt(900)];
      random.nextBytes(payload);
      StoredEvent event =
          new StoredEvent(
              i + 1L,
              UUID.randomUUID().toString(),
              "org.projectledger.api.budget.CostRecorded" + (i % 3 == 0 ? "·é" : ""),
              i % 4 == 0 ? null : "2",
              UUID.randomUUID().toString(),
              random.nextInt(1000),
              "2026-11-29T13:00:00." + i + "Z",
              Base64.getEncoder().encodeToString(payload),
              i % 5 == 0 ? null : Base64.getEncoder().encodeToString(new byte[] {(byte) i}));

      // The canonical bytes as ledger-format.md writes them, field by field.
      byte[] canonical =
          (event.position()
                  + "\n"
                  + event.eventId()
                  + "\n"
                  + event.type()
                  + "\n"
                  + (event.revision() == null ? "" : event.revision())
                  + "\n"
                  + event.aggregateId()
                  + "\n"
                  + event.sequence()
                  + "\n"
                  + event.timestamp()
                  + "\n"
                  + event.payload()
                  + "\n"
                  + (event.metadata() == null ? "" : event.metadata())
                  + "\n")
              .getBytes(StandardCharsets.UTF_8);
      assertThat(LedgerHash.canonical(event)).isEqualTo(canonical);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous.getBytes(StandardCharsets.US_ASCII));
      digest.update(canonical);
      String expected = HexFormat.of().formatHex(digest.digest());

      assertThat(LedgerHash.next(previous, event)).isEqualTo(expected).hasSize(64);
      previous = expected;
    }
  }
}

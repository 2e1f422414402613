package org.projectledger.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An electronic signature (21 CFR Part 11 §11.50): who signed (user name and printed name), when,
 * and what the signature means. The command side puts it on a signed act only after the signer
 * re-entered their password; the event that records the act carries it, so that it cannot be copied
 * to another record.
 */
public record Signature(
    String signer, String printedName, Instant signedAt, SignatureMeaning meaning) {

  public Signature {
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(printedName, "printedName");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(meaning, "meaning");
  }
}

package org.projectledger.api.stakeholders;

import java.util.Objects;
import java.util.UUID;

/**
 * Personal data marked for crypto-shredding: a stakeholder's name and e-mail, encrypted with a key
 * of their own (AES-256-GCM; nonce and ciphertext in Base64). The event keeps these bytes forever;
 * forgetting the stakeholder destroys the key, so the bytes stay — and the history still verifies —
 * but nobody can read them any more.
 */
public record SealedPersonalData(UUID keyId, String nonce, String ciphertext) {

  public SealedPersonalData {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(ciphertext, "ciphertext");
  }
}

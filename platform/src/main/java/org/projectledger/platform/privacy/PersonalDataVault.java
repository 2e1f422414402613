package org.projectledger.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.stakeholders.PersonalData;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seals and opens personal data with one key per data subject (AES-256-GCM, the key id bound in as
 * associated data so that a ciphertext cannot be moved to another subject). Destroying the key is
 * crypto-shredding: the sealed bytes stay in the immutable history, unreadable.
 */
@Component
public class PersonalDataVault {

  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final ObjectMapper json = new ObjectMapper();

  private final MasterKeys masterKeys;

  PersonalDataVault(JdbcTemplate jdbc, Clock clock, MasterKeys masterKeys) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.masterKeys = masterKeys;
  }

  /** Seals a subject's data under their key, making the key on first use. */
  public SealedPersonalData seal(UUID keyId, PersonalData data) {
    return sealValue(keyId, data);
  }

  /**
   * Seals one more piece of a known subject's personal data (an address to reach them at) under
   * their key, so that forgetting them makes it unreadable too. Empty where the subject has no live
   * key: never registered, or forgotten ({@link #wasShredded} tells which).
   */
  public Optional<SealedPersonalData> sealText(UUID keyId, String text) {
    return key(keyId).map(key -> sealValue(keyId, text));
  }

  /** Whether the subject's key existed and was destroyed. */
  public boolean wasShredded(UUID keyId) {
    return !jdbc.queryForList(
            "SELECT 1 FROM personal_data_key WHERE key_id = ? AND secret IS NULL", keyId)
        .isEmpty();
  }

  /** The data in the clear, or empty where the subject has been forgotten. */
  public Optional<PersonalData> open(SealedPersonalData sealed) {
    return openValue(sealed, PersonalData.class);
  }

  /** Text sealed by {@link #sealText}, or empty where the subject has been forgotten. */
  public Optional<String> openText(SealedPersonalData sealed) {
    return openValue(sealed, String.class);
  }

  private SealedPersonalData sealValue(UUID keyId, Object value) {
    SecretKey key = key(keyId).orElseGet(() -> createKey(keyId));
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(bytes(keyId));
      byte[] sealed = cipher.doFinal(json.writeValueAsBytes(value));
      Base64.Encoder base64 = Base64.getEncoder();
      return new SealedPersonalData(
          keyId, base64.encodeToString(nonce), base64.encodeToString(sealed));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot seal personal data", e);
    }
  }

  private <T> Optional<T> openValue(SealedPersonalData sealed, Class<T> type) {
    Optional<SecretKey> key = key(sealed.keyId());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.get(),
          new GCMParameterSpec(TAG_BITS, base64.decode(sealed.nonce())));
      cipher.updateAAD(bytes(sealed.keyId()));
      byte[] clear = cipher.doFinal(base64.decode(sealed.ciphertext()));
      return Optional.of(json.readValue(clear, type));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Sealed personal data does not open with its key", e);
    }
  }

  /** Destroys a subject's key: everything sealed under it becomes unreadable for good. */
  public void shred(UUID keyId) {
    jdbc.update(
        "UPDATE personal_data_key SET secret = NULL, shredded_at = ? WHERE key_id = ?",
        Timestamp.from(clock.instant()),
        keyId);
  }

  private Optional<SecretKey> key(UUID keyId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT secret, wrapped_by FROM personal_data_key WHERE key_id = ?", keyId);
    if (rows.isEmpty() || rows.get(0).get("secret") == null) {
      return Optional.empty();
    }
    byte[] stored = (byte[]) rows.get(0).get("secret");
    String wrappedBy = (String) rows.get(0).get("wrapped_by");
    return Optional.of(new SecretKeySpec(dataKey(keyId, stored, wrappedBy), "AES"));
  }

  /** A stored data key in the clear: as stored, or unwrapped (before rotation, in the old way). */
  private byte[] dataKey(UUID keyId, byte[] stored, String wrappedBy) {
    if (wrappedBy == null) {
      return stored;
    }
    return masterKeys
        .unwrap(wrappedBy, keyId, stored)
        .orElseGet(() -> masterKeys.unwrapLegacy(wrappedBy, stored));
  }

  /**
   * Wraps every live data key under the current master key (rotation): keys stored as they are,
   * under an older master key, or wrapped before their id was bound in are re-wrapped. Answers how
   * many keys were re-wrapped.
   */
  public int rewrapAll() {
    String current = masterKeys.current();
    if (current == null) {
      return 0;
    }
    int rewrapped = 0;
    for (Map<String, Object> row :
        jdbc.queryForList(
            "SELECT key_id, secret, wrapped_by FROM personal_data_key WHERE secret IS NOT NULL")) {
      UUID keyId = (UUID) row.get("key_id");
      byte[] stored = (byte[]) row.get("secret");
      String wrappedBy = (String) row.get("wrapped_by");
      if (current.equals(wrappedBy) && masterKeys.unwrap(current, keyId, stored).isPresent()) {
        continue;
      }
      rewrapped +=
          jdbc.update(
              "UPDATE personal_data_key SET secret = ?, wrapped_by = ? WHERE key_id = ? AND secret IS NOT NULL",
              masterKeys.wrap(current, keyId, dataKey(keyId, stored, wrappedBy)),
              current,
              keyId);
    }
    return rewrapped;
  }

  private SecretKey createKey(UUID keyId) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, random);
      SecretKey key = generator.generateKey();
      String master = masterKeys.current();
      jdbc.update(
          "INSERT INTO personal_data_key (key_id, secret, wrapped_by, created_at) VALUES (?, ?, ?, ?)",
          keyId,
          master == null ? key.getEncoded() : masterKeys.wrap(master, keyId, key.getEncoded()),
          master,
          Timestamp.from(clock.instant()));
      return key;
    } catch (DuplicateKeyException madeMeanwhile) {
      return key(keyId)
          .orElseThrow(
              () ->
                  new LedgerException(
                      ErrorCode.DUPLICATE_ID,
                      "The data subject " + keyId + " was forgotten; use a new id"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot make a key", e);
    }
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}

package org.projectledger.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master keys that wrap the per-subject data keys ({@code ledger.privacy.master-keys.<id>},
 * Base64 of 32 bytes) and the one new keys are wrapped under ({@code
 * ledger.privacy.master-key-id}). To rotate: add a new key, make it current, start the service once
 * (it re-wraps every data key, see {@link KeyRewrap}), then remove the old one. With none set, data
 * keys are stored as they are: only on the embedded default, which refuses nothing; a service on
 * any other store refuses to start without one ({@link KeyRewrap}).
 */
@ConfigurationProperties(prefix = "ledger.privacy")
public class MasterKeys {

  private static final int NONCE_BYTES = 12;

  private Map<String, String> masterKeys = new LinkedHashMap<>();
  private String masterKeyId;
  private final SecureRandom random = new SecureRandom();

  public Map<String, String> getMasterKeys() {
    return masterKeys;
  }

  public void setMasterKeys(Map<String, String> masterKeys) {
    this.masterKeys = masterKeys;
  }

  public String getMasterKeyId() {
    return masterKeyId;
  }

  public void setMasterKeyId(String masterKeyId) {
    this.masterKeyId = masterKeyId;
  }

  /** The key new data keys are wrapped under; null where data keys are stored as they are. */
  String current() {
    if (masterKeyId == null || masterKeyId.isBlank()) {
      return null;
    }
    if (!masterKeys.containsKey(masterKeyId)) {
      throw new IllegalStateException(
          "ledger.privacy.master-key-id names a key that is not configured: " + masterKeyId);
    }
    return masterKeyId;
  }

  /**
   * Wraps a data key under master key {@code id}, both ids bound in as associated data: a wrapped
   * key moved to another subject's row, or to another master key's name, no longer opens.
   */
  byte[] wrap(String id, UUID dataKeyId, byte[] dataKey) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, master(id), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associated(id, dataKeyId));
      byte[] wrapped = cipher.doFinal(dataKey);
      byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + wrapped.length);
      System.arraycopy(wrapped, 0, stored, NONCE_BYTES, wrapped.length);
      return stored;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot wrap a data key", e);
    }
  }

  /** The data key, or empty where it was wrapped before its id was bound in. */
  Optional<byte[]> unwrap(String id, UUID dataKeyId, byte[] stored) {
    try {
      return Optional.of(open(id, stored, associated(id, dataKeyId)));
    } catch (AEADBadTagException beforeIdsWereBound) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot unwrap a data key with master key " + id, e);
    }
  }

  /**
   * A data key wrapped before its id was bound in (the master key's id only): read once, at start,
   * to wrap it again with both ids ({@link PersonalDataVault#rewrapAll}).
   */
  byte[] unwrapLegacy(String id, byte[] stored) {
    try {
      return open(id, stored, id.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A data key does not open with master key " + id + ": it was moved or altered", e);
    }
  }

  private byte[] open(String id, byte[] stored, byte[] associated) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        master(id),
        new GCMParameterSpec(128, Arrays.copyOf(stored, NONCE_BYTES)));
    cipher.updateAAD(associated);
    return cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
  }

  private static byte[] associated(String id, UUID dataKeyId) {
    return (id + "/" + dataKeyId).getBytes(StandardCharsets.UTF_8);
  }

  private SecretKeySpec master(String id) {
    String encoded = masterKeys.get(id);
    if (encoded == null) {
      throw new IllegalStateException(
          "Master key " + id + " is not configured (ledger.privacy.master-keys." + id + ")");
    }
    byte[] key = Base64.getDecoder().decode(encoded);
    if (key.length != 32) {
      throw new IllegalStateException("Master key " + id + " must be 32 bytes");
    }
    return new SecretKeySpec(key, "AES");
  }
}

package org.projectledger.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master keys that wrap the per-subject data keys ({@code ledger.privacy.master-keys.<id>},
 * Base64 of 32 bytes) and the one new keys are wrapped under ({@code
 * ledger.privacy.master-key-id}). To rotate: add a new key, make it current, start the service once
 * (it re-wraps every data key, see {@link KeyRewrap}), then remove the old one. With none set, data
 * keys are stored as they are.
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

  byte[] wrap(String id, byte[] dataKey) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, master(id), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      byte[] wrapped = cipher.doFinal(dataKey);
      byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + wrapped.length);
      System.arraycopy(wrapped, 0, stored, NONCE_BYTES, wrapped.length);
      return stored;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot wrap a data key", e);
    }
  }

  byte[] unwrap(String id, byte[] stored) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          master(id),
          new GCMParameterSpec(128, Arrays.copyOf(stored, NONCE_BYTES)));
      cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot unwrap a data key with master key " + id, e);
    }
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

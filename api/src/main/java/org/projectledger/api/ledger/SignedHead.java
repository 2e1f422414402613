package org.projectledger.api.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The head of the hash chain as the service signs it (docs/ledger-format.md): an Ed25519 signature,
 * by a key kept outside the database, over {@link #signedText}. Anyone who holds a signed head and
 * the service's public key can show later that the chain reached that hash at that position, even
 * against someone who rewrote events and chain rows alike: without the key, no signed head can be
 * made for a rewritten chain.
 */
public record SignedHead(long position, String hash, String recordedAt, Seal signature) {

  /** The signature: {@code value} is Base64 of the 64 signature bytes over {@code signedText}. */
  public record Seal(String algorithm, String keyId, String signedText, String value) {}

  public static final String ALGORITHM = "Ed25519";

  /** The exact UTF-8 text that is signed; it names what it vouches for, line by line. */
  public static String signedText(long position, String hash, String recordedAt) {
    return "project-ledger chain head\nposition: "
        + position
        + "\nhash: "
        + hash
        + "\nrecordedAt: "
        + recordedAt
        + "\n";
  }

  /**
   * Whether this head was signed by the holder of {@code key}'s private half, over exactly this
   * position, hash and time.
   */
  public boolean signedBy(PublicKey key) {
    if (signature == null
        || !ALGORITHM.equals(signature.algorithm())
        || !signedText(position, hash, recordedAt).equals(signature.signedText())) {
      return false;
    }
    try {
      Signature check = Signature.getInstance(ALGORITHM);
      check.initVerify(key);
      check.update(signature.signedText().getBytes(StandardCharsets.UTF_8));
      return check.verify(Base64.getDecoder().decode(signature.value()));
    } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
      return false;
    }
  }

  /** A key's id: SHA-256 of its DER form (SubjectPublicKeyInfo), in lower-case hex. */
  public static String keyId(PublicKey key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, as {@code openssl pkey -pubout}). */
  public static PublicKey publicKey(String pem) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(pemBody(pem, "PUBLIC KEY")));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key in PEM", e);
    }
  }

  /** A key in PEM form, as OpenSSL writes it. */
  public static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  /** The bytes inside a PEM block of this label. */
  public static byte[] pemBody(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + label + " block in PEM");
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }
}

package org.projectledger.platform.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.platform.storage.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs the chain's head (security review, finding 11). It lives in a file
 * outside the database ({@code ledger.chain.signing-key-file}, PKCS#8 PEM as {@code openssl genpkey
 * -algorithm ed25519} writes it), so that someone who can write to the database can rewrite events
 * and chain rows but cannot sign a head for what they wrote. Every store but the embedded default
 * needs one: a service without it refuses to start. The embedded default makes its own on first
 * start, beside its database ({@code <data-dir>/keys/chain-signing-key.pem}), and logs the public
 * key.
 */
@Component
public class ChainSigningKey {

  private static final Logger LOG = LoggerFactory.getLogger(ChainSigningKey.class);

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  ChainSigningKey(Environment environment) {
    String configured = environment.getProperty("ledger.chain.signing-key-file", "");
    Path file;
    if (!configured.isBlank()) {
      file = Path.of(configured);
    } else if (EmbeddedStore.in(environment)) {
      file =
          Path.of(
              environment.getProperty("ledger.data-dir", "./data"),
              "keys",
              "chain-signing-key.pem");
      if (!Files.exists(file)) {
        create(file);
      }
    } else {
      throw new IllegalStateException(
          "No key signs the chain's head: set ledger.chain.signing-key-file to an Ed25519 private"
              + " key in PEM, kept outside the database (openssl genpkey -algorithm ed25519 -out"
              + " chain-signing-key.pem). Only the embedded default makes its own.");
    }
    this.privateKey = read(file);
    this.publicKey = publicHalf(privateKey);
    this.keyId = SignedHead.keyId(publicKey);
    LOG.info(
        "The chain's head is signed with Ed25519 key {} from {}; its public key:\n{}",
        keyId,
        file.toAbsolutePath(),
        publicKeyPem());
  }

  /** Signs the head at this position. */
  public SignedHead sign(long position, String hash, String recordedAt) {
    String text = SignedHead.signedText(position, hash, recordedAt);
    try {
      Signature signer = Signature.getInstance(SignedHead.ALGORITHM);
      signer.initSign(privateKey);
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      String value = Base64.getEncoder().encodeToString(signer.sign());
      return new SignedHead(
          position,
          hash,
          recordedAt,
          new SignedHead.Seal(SignedHead.ALGORITHM, keyId, text, value));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the chain's head", e);
    }
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String keyId() {
    return keyId;
  }

  public String publicKeyPem() {
    return SignedHead.pem("PUBLIC KEY", publicKey.getEncoded());
  }

  private static PrivateKey read(Path file) {
    try {
      String pem = Files.readString(file, StandardCharsets.US_ASCII);
      return KeyFactory.getInstance(SignedHead.ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(SignedHead.pemBody(pem, "PRIVATE KEY")));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the chain's signing key " + file, e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          file + " holds no Ed25519 private key in PEM (-----BEGIN PRIVATE KEY-----)", e);
    }
  }

  /**
   * The public half of an Ed25519 private key. The JDK has no call for it, but its generator makes
   * a key pair from 32 random bytes, which are the private key: given the key's own bytes as the
   * randomness, it gives back the same private key with its public half.
   */
  private static PublicKey publicHalf(PrivateKey key) {
    byte[] seed =
        ((EdECPrivateKey) key)
            .getBytes()
            .orElseThrow(() -> new IllegalStateException("The signing key's bytes are unreadable"));
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(SignedHead.ALGORITHM);
      generator.initialize(
          NamedParameterSpec.ED25519,
          new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
              System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
          });
      KeyPair pair = generator.generateKeyPair();
      if (!Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
        throw new IllegalStateException("The signing key's public half could not be derived");
      }
      return pair.getPublic();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is missing from this JVM", e);
    }
  }

  /** A new key, readable by its owner only where the file system can say so. */
  private static void create(Path file) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(SignedHead.ALGORITHM).generateKeyPair();
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".new");
      Files.deleteIfExists(temporary);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            temporary,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temporary);
      }
      Files.writeString(
          temporary,
          SignedHead.pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
          StandardCharsets.US_ASCII);
      Files.move(temporary, file);
      LOG.info("Made a key to sign the chain's head: {}", file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the chain's signing key " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is missing from this JVM", e);
    }
  }
}

package org.projectledger.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Users for tests on PostgreSQL, where the demo users are off: one per role, and "sam", who is both
 * manager and sponsor; each with password "secret" ({@code {noop}}, as API.md allows for tests,
 * which say so with {@code ledger.security.allow-noop-passwords}).
 */
public final class TestUsers {

  public static final String PASSWORD = "secret";

  /** 32 bytes, Base64: the tests' master key (never a deployment's). */
  public static final String TEST_MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LTMyLWJ5dGVzLWxvbmctISE=";

  /** The tests' key that signs the chain's head (never a deployment's), as OpenSSL writes it. */
  public static final String CHAIN_SIGNING_KEY =
      "-----BEGIN PRIVATE KEY-----\n"
          + "MC4CAQAwBQYDK2VwBCIEIIHUrCrHbr3wV7vmlQijH49FqgTTlsynIAi1GxSJpkb6\n"
          + "-----END PRIVATE KEY-----\n";

  /** Its public half ({@code openssl pkey -pubout}): what an auditor would hold. */
  public static final String CHAIN_PUBLIC_KEY =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MCowBQYDK2VwAyEAZU/DnaDlexqZaxtm6X/OSiK3IghXNVRzWTgl2P+DDJ4=\n"
          + "-----END PUBLIC KEY-----\n";

  /** {@link #CHAIN_SIGNING_KEY} in a file, as a deployment keeps it. */
  public static final Path CHAIN_SIGNING_KEY_FILE = keyFile();

  /** Spring properties that configure them; pass to {@code @SpringBootTest(properties = …)}. */
  public static final String[] PROPERTIES = {
    "ledger.security.allow-noop-passwords=true",
    // Sign-in tokens, verified by every node with one shared key (never a deployment's).
    "ledger.security.session-key=dGVzdC1zZXNzaW9uLWtleS0zMi1ieXRlcy1sb25nLSE=",
    // Outside the embedded default the chain's head is signed with a key from a file.
    "ledger.chain.signing-key-file=" + CHAIN_SIGNING_KEY_FILE,
    // Outside the embedded default the personal-data keys are wrapped: a master key for tests.
    "ledger.privacy.master-keys.test=" + TEST_MASTER_KEY,
    "ledger.privacy.master-key-id=test",
    "ledger.users.pmo.password={noop}secret",
    "ledger.users.pmo.roles=PMO",
    "ledger.users.pmo.full-name=Pat Office",
    "ledger.users.manager.password={noop}secret",
    "ledger.users.manager.roles=MANAGER",
    "ledger.users.manager.full-name=Morgan Manager",
    "ledger.users.sponsor.password={noop}secret",
    "ledger.users.sponsor.roles=SPONSOR",
    "ledger.users.sponsor.full-name=Sam Sponsor",
    "ledger.users.auditor.password={noop}secret",
    "ledger.users.auditor.roles=AUDITOR",
    "ledger.users.viewer.password={noop}secret",
    "ledger.users.viewer.roles=VIEWER",
    "ledger.users.admin.password={noop}secret",
    "ledger.users.admin.roles=ADMIN",
    "ledger.users.metrics.password={noop}secret",
    "ledger.users.metrics.roles=METRICS",
    "ledger.users.sam.password={noop}secret",
    "ledger.users.sam.roles=MANAGER,SPONSOR",
    "ledger.users.sam.full-name=Sam Both"
  };

  /** Registers {@link #PROPERTIES} with Spring, for a {@code @DynamicPropertySource}. */
  public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
    for (String property : PROPERTIES) {
      String[] pair = property.split("=", 2);
      registry.add(pair[0], () -> pair[1]);
    }
  }

  private static Path keyFile() {
    try {
      Path file = Files.createTempFile("ledger-test-chain-signing-key", ".pem");
      file.toFile().deleteOnExit();
      return Files.writeString(file, CHAIN_SIGNING_KEY, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestUsers() {}
}

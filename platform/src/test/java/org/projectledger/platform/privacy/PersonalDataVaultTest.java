package org.projectledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectledger.api.stakeholders.PersonalData;
import org.projectledger.api.stakeholders.SealedPersonalData;
import org.projectledger.platform.storage.Migrations;
import org.projectledger.platform.testing.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

class PersonalDataVaultTest {

  private PersonalDataVault vault;
  private JdbcTemplate jdbc;
  private final MasterKeys masterKeys = new MasterKeys();

  @BeforeEach
  void setUp() {
    PGSimpleDataSource dataSource = TestPostgres.server().freshDataSource();
    Migrations.flyway(dataSource, "event-store").migrate();
    jdbc = new JdbcTemplate(dataSource);
    vault = new PersonalDataVault(jdbc, Clock.systemUTC(), masterKeys);
  }

  @Test
  void masterKeysRotateWithoutTouchingTheSealedData() {
    UUID subject = UUID.randomUUID();
    SealedPersonalData sealed = vault.seal(subject, new PersonalData("Ada", "ada@example.org"));
    byte[] clearKey = jdbc.queryForObject("SELECT secret FROM personal_data_key", byte[].class);

    masterKeys.getMasterKeys().put("2026-a", key(1));
    masterKeys.setMasterKeyId("2026-a");
    assertThat(vault.rewrapAll()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT wrapped_by FROM personal_data_key", String.class))
        .isEqualTo("2026-a");
    assertThat(jdbc.queryForObject("SELECT secret FROM personal_data_key", byte[].class))
        .isNotEqualTo(clearKey);
    assertThat(vault.open(sealed)).contains(new PersonalData("Ada", "ada@example.org"));

    masterKeys.getMasterKeys().put("2026-b", key(2));
    masterKeys.setMasterKeyId("2026-b");
    assertThat(vault.rewrapAll()).isEqualTo(1);
    masterKeys.getMasterKeys().remove("2026-a");
    assertThat(vault.open(sealed)).contains(new PersonalData("Ada", "ada@example.org"));
    assertThat(vault.rewrapAll()).isZero();
  }

  private static String key(int seed) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) seed);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void sealedDataOpensWithItsKeyAndShowsNothingInTheClear() {
    UUID subject = UUID.randomUUID();
    SealedPersonalData sealed =
        vault.seal(subject, new PersonalData("Ada Lovelace", "ada@example.org"));

    assertThat(sealed.ciphertext()).doesNotContain("Ada").doesNotContain("ada@");
    assertThat(vault.open(sealed)).contains(new PersonalData("Ada Lovelace", "ada@example.org"));
  }

  @Test
  void afterShreddingNothingSealedForTheSubjectOpensAnyMore() {
    UUID subject = UUID.randomUUID();
    SealedPersonalData first = vault.seal(subject, new PersonalData("Ada", "ada@example.org"));
    SealedPersonalData second = vault.seal(subject, new PersonalData("Ada L.", "ada@example.org"));

    vault.shred(subject);

    assertThat(vault.open(first)).isEmpty();
    assertThat(vault.open(second)).isEmpty();
  }

  @Test
  void aCiphertextCannotBePassedOffAsAnotherSubjects() {
    UUID ada = UUID.randomUUID();
    UUID bob = UUID.randomUUID();
    SealedPersonalData adas = vault.seal(ada, new PersonalData("Ada", "ada@example.org"));
    vault.seal(bob, new PersonalData("Bob", "bob@example.org"));

    SealedPersonalData moved = new SealedPersonalData(bob, adas.nonce(), adas.ciphertext());

    assertThatThrownBy(() -> vault.open(moved)).isInstanceOf(IllegalStateException.class);
  }

  /** Security review, finding 10: a wrapped key moved to another subject's row opens nothing. */
  @Test
  void aWrappedDataKeyCannotBeMovedToAnotherSubject() {
    masterKeys.getMasterKeys().put("2026-a", key(1));
    masterKeys.setMasterKeyId("2026-a");
    UUID ada = UUID.randomUUID();
    UUID bob = UUID.randomUUID();
    vault.seal(ada, new PersonalData("Ada", "ada@example.org"));
    SealedPersonalData bobs = vault.seal(bob, new PersonalData("Bob", "bob@example.org"));

    byte[] adasKey =
        jdbc.queryForObject(
            "SELECT secret FROM personal_data_key WHERE key_id = ?", byte[].class, ada);
    jdbc.update("UPDATE personal_data_key SET secret = ? WHERE key_id = ?", adasKey, bob);

    assertThatThrownBy(() -> vault.open(bobs)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyWrappedBeforeItsIdWasBoundInStillOpensAndIsWrappedAgainAtStart() throws Exception {
    masterKeys.getMasterKeys().put("2026-a", key(1));
    UUID ada = UUID.randomUUID();
    SealedPersonalData sealed = vault.seal(ada, new PersonalData("Ada", "ada@example.org"));
    byte[] clear =
        jdbc.queryForObject(
            "SELECT secret FROM personal_data_key WHERE key_id = ?", byte[].class, ada);
    // As an earlier version wrapped it: the master key's id alone as associated data.
    byte[] nonce = new byte[12];
    javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        javax.crypto.Cipher.ENCRYPT_MODE,
        new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(key(1)), "AES"),
        new javax.crypto.spec.GCMParameterSpec(128, nonce));
    cipher.updateAAD("2026-a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] wrapped = cipher.doFinal(clear);
    byte[] stored = java.util.Arrays.copyOf(nonce, 12 + wrapped.length);
    System.arraycopy(wrapped, 0, stored, 12, wrapped.length);
    jdbc.update(
        "UPDATE personal_data_key SET secret = ?, wrapped_by = '2026-a' WHERE key_id = ?",
        stored,
        ada);

    assertThat(vault.open(sealed)).contains(new PersonalData("Ada", "ada@example.org"));
    masterKeys.setMasterKeyId("2026-a");
    assertThat(vault.rewrapAll()).isEqualTo(1);
    assertThat(vault.rewrapAll()).isZero();
    assertThat(vault.open(sealed)).contains(new PersonalData("Ada", "ada@example.org"));
  }
}

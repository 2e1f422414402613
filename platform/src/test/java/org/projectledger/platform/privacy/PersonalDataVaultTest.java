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
    TestPostgres server = TestPostgres.server();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(server.createDatabase());
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());
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
}

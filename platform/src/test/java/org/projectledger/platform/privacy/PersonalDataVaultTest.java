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

  @BeforeEach
  void setUp() {
    TestPostgres server = TestPostgres.server();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(server.createDatabase());
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());
    Migrations.flyway(dataSource, "event-store").migrate();
    vault = new PersonalDataVault(new JdbcTemplate(dataSource), Clock.systemUTC());
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

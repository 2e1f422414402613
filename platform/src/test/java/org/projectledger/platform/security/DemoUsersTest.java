package org.projectledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Security review, finding 2: the demo users (every role, password "demo") are on only where nobody
 * else can reach them — the embedded H2 store, no configured user, the server bound to this machine
 * — and a start that asks for them anywhere else refuses with the reason.
 */
class DemoUsersTest {

  private static final String H2 = "jdbc:h2:file:./data/ledger;MODE=PostgreSQL";

  private static MockEnvironment embeddedDefault() {
    return new MockEnvironment()
        .withProperty("spring.datasource.url", H2)
        .withProperty("server.address", "127.0.0.1");
  }

  @Test
  void theEmbeddedDefaultOnThisMachineHasTheDemoUsers() {
    ConfiguredUsers users = new ConfiguredUsers(new LedgerUsersProperties(), embeddedDefault());
    assertThat(users.loadUserByUsername("admin").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_ADMIN");
  }

  @Test
  void anyOtherProfileOnPostgresHasNoDemoUser() {
    MockEnvironment prod =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/ledger")
            .withProperty("server.address", "127.0.0.1");
    prod.setActiveProfiles("prod");
    assertThatThrownBy(
            () ->
                new ConfiguredUsers(new LedgerUsersProperties(), prod).loadUserByUsername("admin"))
        .isInstanceOf(UsernameNotFoundException.class);
  }

  @Test
  void listeningBeyondThisMachineOrWithConfiguredUsersTurnsThemOff() {
    MockEnvironment everyInterface = embeddedDefault().withProperty("server.address", "0.0.0.0");
    assertThat(ConfiguredUsers.exposure(new LedgerUsersProperties(), everyInterface))
        .containsExactly(
            "the server listens on 0.0.0.0, not on this machine only (server.address)");
    assertThatThrownBy(
            () ->
                new ConfiguredUsers(new LedgerUsersProperties(), everyInterface)
                    .loadUserByUsername("pmo"))
        .isInstanceOf(UsernameNotFoundException.class);

    LedgerUsersProperties configured = new LedgerUsersProperties();
    LedgerUsersProperties.UserProperties sam = new LedgerUsersProperties.UserProperties();
    sam.setPassword("{bcrypt}$2a$10$ML3vdU6RcMF.JaVBur.EROxJMcB87DHt2jcv0yMKiSBj.AGaxjDL2");
    sam.setRoles(List.of("PMO"));
    configured.getUsers().put("sam", sam);
    ConfiguredUsers users = new ConfiguredUsers(configured, embeddedDefault());
    assertThat(users.loadUserByUsername("sam").getUsername()).isEqualTo("sam");
    assertThatThrownBy(() -> users.loadUserByUsername("admin"))
        .isInstanceOf(UsernameNotFoundException.class);
  }

  @Test
  void askingForThemWhereTheyWouldBeExposedRefusesTheStart() {
    LedgerUsersProperties insisting = new LedgerUsersProperties();
    insisting.setDemoUsers(true);
    MockEnvironment exposed =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/ledger")
            .withProperty("server.address", "0.0.0.0");
    assertThatThrownBy(() -> new ConfiguredUsers(insisting, exposed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would be exposed")
        .hasMessageContaining("the store is not the embedded H2 database")
        .hasMessageContaining("the server listens on 0.0.0.0");
  }
}

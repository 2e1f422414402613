package org.projectledger.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectledger.api.Role;
import org.projectledger.platform.storage.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The configured users, from {@code ledger.users.*}, and the demo users of API.md where nobody else
 * can reach them: on the embedded H2 store, with no user configured, the server bound to this
 * machine only ({@link #exposure}). Asked for anywhere else, the start refuses.
 */
public class ConfiguredUsers implements UserDetailsService {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredUsers.class);

  /** The demo users' password is "demo", stored as bcrypt like any other. */
  private static final String DEMO_PASSWORD =
      "{bcrypt}$2a$10$ML3vdU6RcMF.JaVBur.EROxJMcB87DHt2jcv0yMKiSBj.AGaxjDL2";

  private final Map<String, LedgerUser> users = new LinkedHashMap<>();
  private final boolean demoUsersOn;

  ConfiguredUsers(LedgerUsersProperties properties, Environment environment) {
    List<String> exposure = exposure(properties, environment);
    Boolean asked = properties.getDemoUsers();
    if (Boolean.TRUE.equals(asked) && !exposure.isEmpty()) {
      throw new IllegalStateException(
          "ledger.demo-users=true, but the demo users (every role, password 'demo') would be"
              + " exposed: "
              + String.join("; ", exposure)
              + ". They are for the embedded default on this machine only: drop"
              + " ledger.demo-users, or run on the embedded H2 store, bound to 127.0.0.1"
              + " (server.address), with no user configured.");
    }
    boolean demoAllowed = asked == null ? exposure.isEmpty() : asked;
    this.demoUsersOn = demoAllowed;
    if (asked == null && !exposure.isEmpty()) {
      LOG.info("Demo users are off: {}.", String.join("; ", exposure));
    }
    if (demoAllowed) {
      for (Role role : Role.values()) {
        String name = role.name().toLowerCase(Locale.ROOT);
        users.put(name, user(name, DEMO_PASSWORD, "Demo " + role.name(), List.of(role.name())));
      }
      LOG.warn(
          "\n*****************************************************************\n"
              + "*  DEMO USERS ARE ON: {} sign in with password 'demo'.\n"
              + "*  For local use only. Set ledger.demo-users=false to drop them. *\n"
              + "*****************************************************************",
          users.keySet());
    }
    boolean noopAllowed =
        environment.getProperty("ledger.security.allow-noop-passwords", Boolean.class, false);
    properties
        .getUsers()
        .forEach(
            (name, user) -> {
              if (user.getPassword() == null || user.getPassword().isBlank()) {
                throw new IllegalStateException("ledger.users." + name + ".password is not set");
              }
              if (user.getPassword().startsWith("{noop}") && !noopAllowed) {
                throw new IllegalStateException(
                    "ledger.users."
                        + name
                        + ".password is a {noop} password, kept in plain text: store a bcrypt"
                        + " hash ({bcrypt}$2a$…), or set ledger.security.allow-noop-passwords=true"
                        + " where plain-text passwords are meant (tests, the bench)");
              }
              String fullName = user.getFullName() == null ? name : user.getFullName();
              users.put(name, user(name, user.getPassword(), fullName, user.getRoles()));
            });
    if (users.isEmpty()) {
      LOG.warn(
          "No users are configured: nobody signs in with a password (only through an identity"
              + " provider, if one is configured). See ledger.users.* in the README.");
    }
  }

  /** Whether anyone signs in with a password here (the pages then show their sign-in form). */
  public boolean any() {
    return !users.isEmpty();
  }

  /**
   * Whether the demo users of API.md are on (every role by its name in lower case, password {@code
   * demo}): only where nobody else can reach them.
   */
  public boolean demoUsersOn() {
    return demoUsersOn;
  }

  /**
   * Why the demo users would be reachable by others here, if they were on: a store other than the
   * embedded H2 (a shared database, Axon Server), configured users (a real deployment), a server
   * listening beyond this machine. None of these on the README's embedded default.
   */
  static List<String> exposure(LedgerUsersProperties properties, Environment environment) {
    List<String> exposure = new ArrayList<>();
    if (!EmbeddedStore.in(environment)) {
      exposure.add("the store is not the embedded H2 database");
    }
    if (!properties.getUsers().isEmpty()) {
      exposure.add("users are configured (ledger.users.*)");
    }
    String address = environment.getProperty("server.address");
    if (!loopback(address)) {
      exposure.add(
          "the server listens on "
              + (address == null ? "every interface" : address)
              + ", not on this machine only (server.address)");
    }
    return exposure;
  }

  private static boolean loopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static LedgerUser user(
      String name, String password, String fullName, List<String> roleNames) {
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    for (String roleName : roleNames) {
      String trimmed = roleName.trim().toUpperCase(Locale.ROOT);
      if (Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(trimmed))) {
        throw new IllegalStateException(
            "ledger.users." + name + ".roles names an unknown role: " + roleName);
      }
      authorities.add(new SimpleGrantedAuthority("ROLE_" + trimmed));
    }
    return new LedgerUser(name, password, fullName, authorities);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    LedgerUser user = users.get(username);
    if (user == null) {
      throw new UsernameNotFoundException("No such user");
    }
    // A copy: Spring Security erases the password of the instance it authenticates.
    return new LedgerUser(
        user.getUsername(), user.getPassword(), user.getFullName(), user.getAuthorities());
  }
}

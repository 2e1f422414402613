package org.projectledger.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectledger.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users of the embedded default, from {@code ledger.users.*}, and the demo users of API.md
 * where they are allowed: never with the {@code postgres} or {@code axonserver} profile, never with
 * {@code ledger.demo-users=false}.
 */
class ConfiguredUsers implements UserDetailsService {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredUsers.class);

  /** The demo users' password is "demo", stored as bcrypt like any other. */
  private static final String DEMO_PASSWORD =
      "{bcrypt}$2a$10$ML3vdU6RcMF.JaVBur.EROxJMcB87DHt2jcv0yMKiSBj.AGaxjDL2";

  private final Map<String, LedgerUser> users = new LinkedHashMap<>();

  ConfiguredUsers(LedgerUsersProperties properties, Environment environment) {
    boolean demoAllowed =
        properties.isDemoUsers()
            && !environment.acceptsProfiles(Profiles.of("postgres", "axonserver"));
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
    properties
        .getUsers()
        .forEach(
            (name, user) -> {
              if (user.getPassword() == null || user.getPassword().isBlank()) {
                throw new IllegalStateException("ledger.users." + name + ".password is not set");
              }
              String fullName = user.getFullName() == null ? name : user.getFullName();
              users.put(name, user(name, user.getPassword(), fullName, user.getRoles()));
            });
    if (users.isEmpty()) {
      LOG.warn("No users are configured: nobody can sign in. See ledger.users.* in the README.");
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

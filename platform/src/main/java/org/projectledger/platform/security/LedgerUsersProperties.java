package org.projectledger.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured users: {@code ledger.users.<name>.password} ({@code {bcrypt}…}, or {@code {noop}…}
 * for tests), {@code .roles} (a comma list) and {@code .full-name} (the printed name on
 * signatures). {@code ledger.demo-users}: unset, the demo users are on only where nobody else can
 * reach them ({@link ConfiguredUsers}); {@code false} drops them; {@code true} insists, and a start
 * that would expose them refuses.
 */
@ConfigurationProperties(prefix = "ledger")
public class LedgerUsersProperties {

  private Map<String, UserProperties> users = new LinkedHashMap<>();
  private Boolean demoUsers;

  public Map<String, UserProperties> getUsers() {
    return users;
  }

  public void setUsers(Map<String, UserProperties> users) {
    this.users = users;
  }

  /** Whether the demo users were asked for (true), refused (false) or left to the ledger (null). */
  public Boolean getDemoUsers() {
    return demoUsers;
  }

  public void setDemoUsers(Boolean demoUsers) {
    this.demoUsers = demoUsers;
  }

  /** One configured user. */
  public static class UserProperties {
    private String password;
    private List<String> roles = List.of();
    private String fullName;

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public List<String> getRoles() {
      return roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }
  }
}

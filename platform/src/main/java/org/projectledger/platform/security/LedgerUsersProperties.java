package org.projectledger.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured users: {@code ledger.users.<name>.password} ({@code {bcrypt}…}, or {@code {noop}…}
 * for tests), {@code .roles} (a comma list) and {@code .full-name} (the printed name on
 * signatures). {@code ledger.demo-users=false} drops the demo users.
 */
@ConfigurationProperties(prefix = "ledger")
public class LedgerUsersProperties {

  private Map<String, UserProperties> users = new LinkedHashMap<>();
  private boolean demoUsers = true;

  public Map<String, UserProperties> getUsers() {
    return users;
  }

  public void setUsers(Map<String, UserProperties> users) {
    this.users = users;
  }

  public boolean isDemoUsers() {
    return demoUsers;
  }

  public void setDemoUsers(boolean demoUsers) {
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

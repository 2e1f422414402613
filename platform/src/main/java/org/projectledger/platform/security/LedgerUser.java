package org.projectledger.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user, with the printed name that goes on their electronic signatures. */
public class LedgerUser extends User {

  private final String fullName;

  public LedgerUser(
      String username,
      String password,
      String fullName,
      Collection<? extends GrantedAuthority> authorities) {
    super(username, password, authorities);
    this.fullName = fullName;
  }

  public String getFullName() {
    return fullName;
  }
}

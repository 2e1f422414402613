package org.projectledger.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}: the JWT claims a deployment's issuer uses (the printed name comes from
 * the standard {@code name} claim), how fresh a token must be to sign an act with, and the per-user
 * limit on writes.
 */
@ConfigurationProperties(prefix = "ledger.security")
public class LedgerSecurityProperties {

  /** The JWT claim that lists the user's roles (PMO, MANAGER, …). */
  private String rolesClaim = "roles";

  /** The JWT claim that names the user; the token's subject where absent. */
  private String userClaim = "preferred_username";

  /** A JWT user signs an act with a token issued at most this long ago. */
  private Duration signatureTokenAge = Duration.ofMinutes(5);

  /**
   * Failed sign-ins a user name may have at once before its sign-ins wait (an address: ten times).
   */
  private long signInFailuresPerUser = 10;

  /** How long until one more failed sign-in is allowed again. */
  private Duration signInFailureRefill = Duration.ofSeconds(30);

  /** Writes each user may make per second, on average. */
  private long writesPerSecond = 50;

  /** Writes each user may make in one burst. */
  private long writeBurst = 100;

  public String getRolesClaim() {
    return rolesClaim;
  }

  public void setRolesClaim(String rolesClaim) {
    this.rolesClaim = rolesClaim;
  }

  public String getUserClaim() {
    return userClaim;
  }

  public void setUserClaim(String userClaim) {
    this.userClaim = userClaim;
  }

  public Duration getSignatureTokenAge() {
    return signatureTokenAge;
  }

  public void setSignatureTokenAge(Duration signatureTokenAge) {
    this.signatureTokenAge = signatureTokenAge;
  }

  public long getWritesPerSecond() {
    return writesPerSecond;
  }

  public void setWritesPerSecond(long writesPerSecond) {
    this.writesPerSecond = writesPerSecond;
  }

  public long getWriteBurst() {
    return writeBurst;
  }

  public void setWriteBurst(long writeBurst) {
    this.writeBurst = writeBurst;
  }

  public long getSignInFailuresPerUser() {
    return signInFailuresPerUser;
  }

  public void setSignInFailuresPerUser(long signInFailuresPerUser) {
    this.signInFailuresPerUser = signInFailuresPerUser;
  }

  public Duration getSignInFailureRefill() {
    return signInFailureRefill;
  }

  public void setSignInFailureRefill(Duration signInFailureRefill) {
    this.signInFailureRefill = signInFailureRefill;
  }
}

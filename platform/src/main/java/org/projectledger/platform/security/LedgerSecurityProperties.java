package org.projectledger.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}: the issuer and audiences a token must carry and the claims a
 * deployment's issuer uses, how fresh a sign-in must be to sign an act with, and the limits on
 * writes and failed sign-ins.
 */
@ConfigurationProperties(prefix = "ledger.security")
public class LedgerSecurityProperties {

  /** The JWT claim that lists the user's roles (PMO, MANAGER, …). */
  private String rolesClaim = "roles";

  /**
   * The JWT claim that names the user: one the provider controls and the user cannot edit (the
   * subject by default; never {@code preferred_username} or {@code email} at providers that let
   * users change them).
   */
  private String userClaim = "sub";

  /** The JWT claim that holds the printed name on signatures (one the provider controls). */
  private String printedNameClaim;

  /** The issuer a token must come from, exactly as its {@code iss} claim says. */
  private String issuer;

  /** This service's audiences: a token must name at least one in its {@code aud} claim. */
  private java.util.List<String> audiences = java.util.List.of();

  /** A JWT user signs an act with a token issued at most this long ago. */
  private Duration signatureTokenAge = Duration.ofMinutes(5);

  /**
   * Failed sign-ins a user name may have at once before its sign-ins wait (an address: ten times).
   */
  private long signInFailuresPerUser = 10;

  /** How long until one more failed sign-in is allowed again. */
  private Duration signInFailureRefill = Duration.ofSeconds(30);

  /** Reads each user may make per second, on average: far beyond what pages ask. */
  private long readsPerSecond = 500;

  /** Reads each user may make in one burst. */
  private long readBurst = 1000;

  /** Live streams (a dashboard's) one user may hold open at once. */
  private int streamsPerUser = 20;

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

  public String getPrintedNameClaim() {
    return printedNameClaim;
  }

  public void setPrintedNameClaim(String printedNameClaim) {
    this.printedNameClaim = printedNameClaim;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public java.util.List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(java.util.List<String> audiences) {
    this.audiences = java.util.List.copyOf(audiences);
  }

  public long getReadsPerSecond() {
    return readsPerSecond;
  }

  public void setReadsPerSecond(long readsPerSecond) {
    this.readsPerSecond = readsPerSecond;
  }

  public long getReadBurst() {
    return readBurst;
  }

  public void setReadBurst(long readBurst) {
    this.readBurst = readBurst;
  }

  public int getStreamsPerUser() {
    return streamsPerUser;
  }

  public void setStreamsPerUser(int streamsPerUser) {
    this.streamsPerUser = streamsPerUser;
  }
}

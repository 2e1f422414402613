package org.projectledger.platform.storage;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Whether this service runs on the README's embedded default: the H2 file store, no Axon Server, no
 * {@code postgres} or {@code axonserver} profile. Only there may the service make do without what a
 * deployment must bring (a master key, a digest signing key) and keep the demo users.
 */
public final class EmbeddedStore {

  private EmbeddedStore() {}

  public static boolean in(Environment environment) {
    return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")
        && !environment.getProperty("axon.axonserver.enabled", Boolean.class, false)
        && !environment.acceptsProfiles(Profiles.of("postgres", "axonserver"));
  }
}

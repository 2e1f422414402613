package org.projectledger.platform.privacy;

import org.projectledger.platform.storage.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Key rotation: once the service is up, every data key not yet wrapped under the current master key
 * (with its own id bound in) is re-wrapped under it. The personal data itself is never re-encrypted
 * — it sits in immutable events — only its keys are.
 *
 * <p>Outside the embedded default, a master key is required (security review, finding 10): data
 * keys stored in the clear beside the events would keep a forgotten person readable in every
 * backup. A service on any other store refuses to start without one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MasterKeys.class)
class KeyRewrap {

  private static final Logger LOG = LoggerFactory.getLogger(KeyRewrap.class);

  private final PersonalDataVault vault;

  KeyRewrap(PersonalDataVault vault, MasterKeys masterKeys, Environment environment) {
    this.vault = vault;
    if (!EmbeddedStore.in(environment) && masterKeys.current() == null) {
      throw new IllegalStateException(
          "No master key wraps the personal-data keys: set ledger.privacy.master-keys.<id> (Base64"
              + " of 32 random bytes, from the environment or a key file) and"
              + " ledger.privacy.master-key-id. Only the embedded default keeps data keys unwrapped.");
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void rewrap() {
    int rewrapped = vault.rewrapAll();
    if (rewrapped > 0) {
      LOG.info("Re-wrapped {} personal-data keys under the current master key", rewrapped);
    }
  }
}

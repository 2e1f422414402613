package org.projectledger.platform.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Key rotation: once the service is up, every data key not yet wrapped under the current master key
 * is re-wrapped under it. The personal data itself is never re-encrypted — it sits in immutable
 * events — only its keys are.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MasterKeys.class)
class KeyRewrap {

  private static final Logger LOG = LoggerFactory.getLogger(KeyRewrap.class);

  private final PersonalDataVault vault;

  KeyRewrap(PersonalDataVault vault) {
    this.vault = vault;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rewrap() {
    int rewrapped = vault.rewrapAll();
    if (rewrapped > 0) {
      LOG.info("Re-wrapped {} personal-data keys under the current master key", rewrapped);
    }
  }
}

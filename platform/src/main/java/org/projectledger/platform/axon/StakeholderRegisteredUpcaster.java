package org.projectledger.platform.axon;

import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.springframework.stereotype.Component;

/**
 * Events are forever: a {@code StakeholderRegistered} stored at revision 1, before stakeholders had
 * an organisation, is read as revision 2 with none.
 */
@Component
public class StakeholderRegisteredUpcaster extends FieldsAddedUpcaster {

  public StakeholderRegisteredUpcaster() {
    super(StakeholderRegistered.class, "1", "2", "organisation");
  }
}

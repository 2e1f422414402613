package org.projectledger.platform.axon;

import org.projectledger.api.tolerance.ToleranceBreached;
import org.springframework.stereotype.Component;

/**
 * A {@code ToleranceBreached} stored at revision 1, when every breach was a cost breach, is read as
 * revision 2 with no schedule fields.
 */
@Component
public class ToleranceBreachedUpcaster extends FieldsAddedUpcaster {

  public ToleranceBreachedUpcaster() {
    super(ToleranceBreached.class, "1", "2", "baselineFinish", "toleranceDays", "forecastFinish");
  }
}

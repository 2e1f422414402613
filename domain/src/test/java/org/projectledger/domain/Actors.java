package org.projectledger.domain;

import java.util.List;
import java.util.Map;
import org.projectledger.api.MetaDataKeys;

/** The metadata the command side attaches for a signed-in user, for fixture tests. */
final class Actors {

  private Actors() {}

  /**
   * The day the fixture's commands are recorded on, unless a test says otherwise: after the
   * progress and costs the cost tolerance tests date (so a figure measured "today" counts them),
   * and before any planned finish has passed (so no work is late and the schedule forecast is the
   * plan).
   */
  static final String TODAY = "2026-02-21";

  static Map<String, Object> as(String userName, String... roles) {
    return Map.of(
        MetaDataKeys.ACTOR,
        userName,
        MetaDataKeys.ACTOR_NAME,
        "Printed " + userName,
        MetaDataKeys.ROLES,
        List.of(roles),
        MetaDataKeys.RECORDED_ON,
        TODAY);
  }

  static Map<String, Object> pmo() {
    return as("pmo", "PMO");
  }
}

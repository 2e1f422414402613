package org.projectledger.domain;

import java.util.List;
import java.util.Map;
import org.projectledger.api.MetaDataKeys;

/** The metadata the command side attaches for a signed-in user, for fixture tests. */
final class Actors {

  private Actors() {}

  /**
   * The day the fixture's commands are recorded on: after every fact the tests date, so that a
   * figure measured "today" counts them all.
   */
  static final String TODAY = "2026-12-31";

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

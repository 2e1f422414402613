package org.projectledger.domain;

import java.util.List;
import java.util.Map;
import org.projectledger.api.MetaDataKeys;

/** The metadata the command side attaches for a signed-in user, for fixture tests. */
final class Actors {

  private Actors() {}

  static Map<String, Object> as(String userName, String... roles) {
    return Map.of(
        MetaDataKeys.ACTOR,
        userName,
        MetaDataKeys.ACTOR_NAME,
        "Printed " + userName,
        MetaDataKeys.ROLES,
        List.of(roles));
  }

  static Map<String, Object> pmo() {
    return as("pmo", "PMO");
  }
}

package org.projectledger.api.stakeholders;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Sets of interests that always list in the same order, so that an event reads the same twice. */
public final class Interests {

  private Interests() {}

  public static Set<Interest> of(Collection<Interest> interests) {
    EnumSet<Interest> ordered = EnumSet.noneOf(Interest.class);
    ordered.addAll(interests);
    return Collections.unmodifiableSet(ordered);
  }
}

package org.projectledger.query.audit;

import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Role;
import org.projectledger.platform.security.CurrentActor;

/**
 * Who reads a project's audit trail and what belongs to it — the proof of communication, the
 * trail's CSV export: every role but VIEWER.
 */
public final class AuditTrailReaders {

  private static final Role[] ROLES = {
    Role.PMO, Role.MANAGER, Role.SPONSOR, Role.AUDITOR, Role.ADMIN
  };

  private AuditTrailReaders() {}

  /** Refuses the signed-in user unless they may read it; {@code what} names it in the refusal. */
  public static void require(String what) {
    Actor actor = CurrentActor.get();
    for (Role role : ROLES) {
      if (actor.hasRole(role)) {
        return;
      }
    }
    throw new LedgerException(ErrorCode.FORBIDDEN, "Your roles do not allow reading " + what);
  }
}

package org.projectledger.query.audit;

import java.util.List;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Role;
import org.projectledger.platform.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who reads a project's records — its audit trail, the stakeholders' timelines, the provenance of
 * its figures, the proof of communication and the trail's CSV: the PMO and auditors for every
 * project, a manager or a sponsor for the projects they manage or sponsor, nobody else (a VIEWER
 * never, an ADMIN never: operations read no project data).
 */
@Component
public class AuditTrailReaders {

  private final JdbcTemplate jdbc;

  AuditTrailReaders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Refuses the signed-in user unless they may read it; {@code what} names it in the refusal. */
  public void require(UUID projectId, String what) {
    Actor actor = CurrentActor.get();
    if (actor.hasRole(Role.PMO) || actor.hasRole(Role.AUDITOR)) {
      return;
    }
    if (actor.hasRole(Role.MANAGER) || actor.hasRole(Role.SPONSOR)) {
      List<Boolean> ours =
          jdbc.query(
              "SELECT (manager = ? AND ?) OR (sponsor = ? AND ?) FROM portfolio_project"
                  + " WHERE project_id = ?",
              (rs, row) -> rs.getBoolean(1),
              actor.userName(),
              actor.hasRole(Role.MANAGER),
              actor.userName(),
              actor.hasRole(Role.SPONSOR),
              projectId);
      if (ours.contains(true)) {
        return;
      }
      throw new LedgerException(
          ErrorCode.FORBIDDEN,
          "Only this project's manager or sponsor, the PMO and auditors read " + what);
    }
    throw new LedgerException(ErrorCode.FORBIDDEN, "Your roles do not allow reading " + what);
  }
}

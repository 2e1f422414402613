package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.lessons.LessonLogged;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;

/**
 * What execution's rules decide on beyond the plan: each work package's and each issue's owner, the
 * lessons logged, and the contingency reserve the sponsor approved with the latest baseline against
 * what has been drawn from it since.
 */
public final class Execution {

  Map<UUID, String> owners = new HashMap<>();
  Map<UUID, String> issueOwners = new HashMap<>();
  Set<UUID> lessons = new HashSet<>();
  BigDecimal reserveApproved;
  BigDecimal reserveDrawn = BigDecimal.ZERO;

  Execution copy() {
    Execution copy = new Execution();
    copy.owners = new HashMap<>(owners);
    copy.issueOwners = new HashMap<>(issueOwners);
    copy.lessons = new HashSet<>(lessons);
    copy.reserveApproved = reserveApproved;
    copy.reserveDrawn = reserveDrawn;
    return copy;
  }

  /** Folds one event in; {@code plan} is the plan before the event. */
  void evolve(Object event, Plan plan) {
    if (event instanceof WorkPackageOwnerAssigned e) {
      owners.put(e.workPackageId(), e.owner());
    } else if (event instanceof IssueRaised e) {
      issueOwners.put(e.issueId(), e.owner());
    } else if (event instanceof LessonLogged e) {
      lessons.add(e.lessonId());
    } else if (event instanceof BaselineSet || event instanceof BaselineRevised) {
      // The baseline approves the reserve the CONTINGENCY lines hold at that moment.
      reserveApproved =
          plan.lines().values().stream()
              .filter(line -> line.category() == BudgetCategory.CONTINGENCY)
              .map(BudgetLine::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      reserveDrawn = BigDecimal.ZERO;
    } else if (event instanceof BudgetReallocated e && e.riskId() != null) {
      reserveDrawn = reserveDrawn.add(e.amount());
    }
  }

  /** The user who owns the work package, or null. */
  public String ownerOf(UUID workPackageId) {
    return owners.get(workPackageId);
  }

  /** The user who owns the issue, or null. */
  public String issueOwner(UUID issueId) {
    return issueOwners.get(issueId);
  }

  public boolean hasLesson(UUID lessonId) {
    return lessons.contains(lessonId);
  }

  /** The reserve the latest baseline approved, or null before the first baseline. */
  public BigDecimal reserveApproved() {
    return reserveApproved;
  }

  /** What has been drawn on the reserve against risks since the latest baseline. */
  public BigDecimal reserveDrawn() {
    return reserveDrawn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Execution other
        && owners.equals(other.owners)
        && issueOwners.equals(other.issueOwners)
        && lessons.equals(other.lessons)
        && (reserveApproved == null
            ? other.reserveApproved == null
            : other.reserveApproved != null
                && reserveApproved.compareTo(other.reserveApproved) == 0)
        && reserveDrawn.compareTo(other.reserveDrawn) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(owners, lessons);
  }
}

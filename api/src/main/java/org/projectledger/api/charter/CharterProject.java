package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A PMO charters a new project: the first command of every project's history. */
public record CharterProject(
    @TargetAggregateIdentifier UUID projectId,
    String code,
    String name,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances) {

  public CharterProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedFinish, "plannedFinish");
    Objects.requireNonNull(tolerances, "tolerances");
  }
}

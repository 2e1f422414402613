package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.budget.BudgetCategory;

/** A budget line: what may be spent in one category, and what has been. */
public final class BudgetLine {

  UUID id;
  BudgetCategory category;
  BigDecimal amount;
  BigDecimal actual = BigDecimal.ZERO;

  /** For snapshots. */
  BudgetLine() {}

  BudgetLine(UUID id, BudgetCategory category, BigDecimal amount) {
    this.id = id;
    this.category = category;
    this.amount = amount;
  }

  BudgetLine copy() {
    BudgetLine copy = new BudgetLine(id, category, amount);
    copy.actual = actual;
    return copy;
  }

  public UUID id() {
    return id;
  }

  public BudgetCategory category() {
    return category;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal actual() {
    return actual;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetLine other
        && Objects.equals(id, other.id)
        && Objects.equals(category, other.category)
        && Objects.equals(amount, other.amount)
        && Objects.equals(actual, other.actual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, category, amount, actual);
  }
}

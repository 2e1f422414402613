package bench.peer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** The peer's one read model, a JPA entity kept by one projection in Axon's default processor. */
@Entity
public class BudgetSummary {

  @Id private String budgetId;
  private String name;
  private BigDecimal amount;
  private BigDecimal spent;
  private int percentComplete;
  private long events;

  protected BudgetSummary() {}

  BudgetSummary(String budgetId, String name, BigDecimal amount) {
    this.budgetId = budgetId;
    this.name = name;
    this.amount = amount;
    this.spent = BigDecimal.ZERO;
    this.events = 1;
  }

  public String getBudgetId() {
    return budgetId;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getSpent() {
    return spent;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public long getEvents() {
    return events;
  }

  @Component
  @ProcessingGroup("summaries")
  static class Projection {

    private final BudgetSummaries summaries;

    Projection(BudgetSummaries summaries) {
      this.summaries = summaries;
    }

    @EventHandler
    void on(Budget.BudgetCreated event) {
      summaries.save(new BudgetSummary(event.budgetId(), event.name(), event.amount()));
    }

    @EventHandler
    void on(Budget.CostRecorded event) {
      summaries
          .findById(event.budgetId())
          .ifPresent(
              summary -> {
                summary.spent = summary.spent.add(event.amount());
                summary.events++;
                summaries.save(summary);
              });
    }

    @EventHandler
    void on(Budget.ProgressReported event) {
      summaries
          .findById(event.budgetId())
          .ifPresent(
              summary -> {
                summary.percentComplete = event.percentComplete();
                summary.events++;
                summaries.save(summary);
              });
    }

    @ResetHandler
    void reset() {
      summaries.deleteAllInBatch();
    }
  }
}

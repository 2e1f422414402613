package bench.peer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The peer's one aggregate, event-sourced, with a create and two update commands. */
@Aggregate
public class Budget {

  public record CreateBudget(@TargetAggregateIdentifier String budgetId, String name, BigDecimal amount) {}

  public record RecordCost(@TargetAggregateIdentifier String budgetId, BigDecimal amount, String reference) {}

  public record ReportProgress(@TargetAggregateIdentifier String budgetId, int percentComplete) {}

  public record BudgetCreated(String budgetId, String name, BigDecimal amount) {}

  public record CostRecorded(String budgetId, BigDecimal amount, String reference) {}

  public record ProgressReported(String budgetId, int percentComplete) {}

  @AggregateIdentifier private String budgetId;
  private BigDecimal spent;

  protected Budget() {}

  @CommandHandler
  public Budget(CreateBudget command) {
    if (command.amount().signum() < 0) {
      throw new IllegalArgumentException("A budget is never negative");
    }
    apply(new BudgetCreated(command.budgetId(), command.name(), command.amount()));
  }

  @CommandHandler
  public void handle(RecordCost command) {
    if (command.amount().signum() <= 0) {
      throw new IllegalArgumentException("A cost is positive");
    }
    apply(new CostRecorded(budgetId, command.amount(), command.reference()));
  }

  @CommandHandler
  public void handle(ReportProgress command) {
    if (command.percentComplete() < 0 || command.percentComplete() > 100) {
      throw new IllegalArgumentException("Progress is 0 to 100");
    }
    apply(new ProgressReported(budgetId, command.percentComplete()));
  }

  @EventSourcingHandler
  void on(BudgetCreated event) {
    budgetId = event.budgetId();
    spent = BigDecimal.ZERO;
  }

  @EventSourcingHandler
  void on(CostRecorded event) {
    spent = spent.add(event.amount());
  }
}

package bench.peer;

import org.springframework.data.jpa.repository.JpaRepository;

/** The read model's repository: Spring Data JPA, as generated. */
public interface BudgetSummaries extends JpaRepository<BudgetSummary, String> {}

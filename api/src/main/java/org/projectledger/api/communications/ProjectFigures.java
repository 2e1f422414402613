package org.projectledger.api.communications;

import java.math.BigDecimal;
import org.projectledger.api.ProjectState;

/**
 * Where a project stands by the ledger's latest knowledge, for a weekly digest: its state and the
 * cost figures of DOMAIN.md from its current plan, latest progress and every actual recorded (money
 * to 2 decimals, CPI to 3, half-even; CPI is null while nothing is spent or earned).
 */
public record ProjectFigures(
    ProjectState state,
    String currency,
    BigDecimal budgetAtCompletion,
    BigDecimal earnedValue,
    BigDecimal actualCost,
    BigDecimal costPerformanceIndex,
    BigDecimal estimateAtCompletion) {}

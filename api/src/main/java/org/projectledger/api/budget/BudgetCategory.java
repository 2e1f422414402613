package org.projectledger.api.budget;

/** The categories of budget lines (DOMAIN.md). */
public enum BudgetCategory {
  LABOUR,
  MATERIAL,
  SERVICES,
  LICENCES,
  TRAVEL,
  CONTINGENCY,
  MAINTENANCE
}

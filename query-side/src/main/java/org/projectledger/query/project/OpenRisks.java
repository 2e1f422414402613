package org.projectledger.query.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.dashboard.DashboardView.OpenRisk;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskStrategy;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.RiskExposure;

/**
 * An open risk as the dashboard shows it, from the tables or from the events alike: its score, and
 * its cost impact and EMV in the project's minor unit by {@link RiskExposure}.
 */
final class OpenRisks {

  private OpenRisks() {}

  /** A risk's response, if planned: null fields otherwise. */
  record Response(RiskStrategy strategy, String owner, LocalDate proximity, BigDecimal costImpact) {

    static final Response NONE = new Response(null, null, null, null);

    /** The response an open risk has now. */
    static Response of(OpenRisk risk) {
      return new Response(
          risk.strategy(), risk.responseOwner(), risk.proximity(), risk.costImpact());
    }
  }

  /** The same risk reassessed or with a new response: its score and EMV computed again. */
  static OpenRisk changed(
      OpenRisk risk, int probability, int impact, Response response, String currency) {
    return of(
        risk.riskId(),
        risk.title(),
        probability,
        impact,
        risk.owner(),
        risk.mitigation(),
        risk.kind(),
        response,
        currency);
  }

  static OpenRisk of(
      UUID riskId,
      String title,
      int probability,
      int impact,
      String owner,
      String mitigation,
      RiskKind kind,
      Response response,
      String currency) {
    BigDecimal costImpact =
        response.costImpact() == null ? null : EarnedValue.money(response.costImpact(), currency);
    return new OpenRisk(
        riskId,
        title,
        probability,
        impact,
        probability * impact,
        owner,
        mitigation,
        kind,
        response.strategy(),
        response.owner(),
        response.proximity(),
        costImpact,
        RiskExposure.emv(probability, costImpact, currency));
  }
}

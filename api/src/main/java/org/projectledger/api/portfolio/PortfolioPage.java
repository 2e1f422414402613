package org.projectledger.api.portfolio;

import java.util.List;

/** A page of the portfolio, with the total so that a client can page through it. */
public record PortfolioPage(List<PortfolioRow> items, int page, int size, long total) {

  public PortfolioPage {
    items = List.copyOf(items);
  }
}

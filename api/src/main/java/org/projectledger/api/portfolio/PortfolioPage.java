package org.projectledger.api.portfolio;

import java.util.List;

/**
 * A page of the portfolio. {@code nextCursor} starts the next page ({@code cursor=}), null on the
 * last; {@code total} counts every matching project only when asked ({@code count=true}): a count
 * costs a pass over the whole portfolio.
 */
public record PortfolioPage(
    List<PortfolioRow> items, int page, int size, Long total, String nextCursor) {

  public PortfolioPage {
    items = List.copyOf(items);
  }
}

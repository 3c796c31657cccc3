package vn.khoidn.domain.rollup;

import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.organization.OrganizationKind;

/**
 * One organization in a roll-up: its place in the tree on the last day of the period, its
 * indicators summed over its subtree, and the completeness of its subtree's reporting.
 *
 * @param code the organization's code
 * @param name its name on the last day of the period
 * @param kind its level
 * @param parentCode its parent within the result, or null for the top of the query
 * @param depth 0 for the top of the query, 1 for its children, ...
 * @param indicators the totals, in the query's order
 * @param completeness who in its subtree was expected to report and did
 */
public record NodeResult(
    String code,
    String name,
    OrganizationKind kind,
    String parentCode,
    int depth,
    List<IndicatorTotal> indicators,
    Completeness completeness) {

  /** Copies the totals. */
  public NodeResult {
    indicators = List.copyOf(indicators);
  }

  /**
   * The total of one indicator.
   *
   * @param indicatorCode the indicator
   * @return its total at this organization
   * @throws IllegalArgumentException if the query did not ask for that indicator
   */
  public IndicatorTotal indicator(String indicatorCode) {
    return find(indicatorCode)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The roll-up has no indicator " + indicatorCode + "."));
  }

  private Optional<IndicatorTotal> find(String indicatorCode) {
    return indicators.stream().filter(i -> i.indicatorCode().equals(indicatorCode)).findFirst();
  }
}

package vn.khoidn.portal.application.rollup;

import java.util.List;
import java.util.Map;
import vn.khoidn.domain.rollup.Completeness;
import vn.khoidn.domain.rollup.RollupResult;

/**
 * What the roll-up page shows, read in one go.
 *
 * @param results the roll-ups, in the order the periods were asked for
 * @param trend the trend's roll-ups (its first indicator only), in the order of its periods
 * @param completeness the rounds within the first period
 * @param forms the forms behind each organization's figures in the first period
 * @param formsSent for each organization, the forms of the rounds within the first period that its
 *     subtree was sent (expected), sent (submitted or accepted) and sent on time; a year sums its
 *     quarters' rounds, so the column is filled for every kind of period
 */
public record RollupPage(
    List<RollupResult> results,
    List<RollupResult> trend,
    List<RoundCompleteness> completeness,
    Map<String, List<FormLink>> forms,
    Map<String, Completeness> formsSent) {}

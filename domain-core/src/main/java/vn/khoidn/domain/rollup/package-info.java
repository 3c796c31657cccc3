/**
 * The roll-up: one query in, one immutable result out; sums over the dated subtree, ratios from
 * sums.
 */
package vn.khoidn.domain.rollup;

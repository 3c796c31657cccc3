/**
 * Roll-ups from the stored figures: the dated tree, accepted figures, plans and submissions into
 * domain-core.
 */
package vn.khoidn.portal.application.rollup;

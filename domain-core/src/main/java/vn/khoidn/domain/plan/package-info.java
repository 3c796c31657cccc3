/** Plans: the targets set per organization, indicator and period. */
package vn.khoidn.domain.plan;

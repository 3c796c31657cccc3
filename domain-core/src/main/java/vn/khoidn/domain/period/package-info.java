/** Reporting periods (year, half-year, quarter, month) and review periods tied to a resolution. */
package vn.khoidn.domain.period;

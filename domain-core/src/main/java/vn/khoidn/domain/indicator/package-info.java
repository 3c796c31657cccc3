/** The indicator catalogue as data, and the figures reported for it. */
package vn.khoidn.domain.indicator;

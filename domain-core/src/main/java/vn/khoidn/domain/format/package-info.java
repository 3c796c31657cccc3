/** Vietnamese writing conventions for figures in prose: decimal comma, leading zeros, dates. */
package vn.khoidn.domain.format;

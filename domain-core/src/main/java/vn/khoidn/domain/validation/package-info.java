/** Validation of entered figures: errors refuse a value, warnings flag it for review. */
package vn.khoidn.domain.validation;

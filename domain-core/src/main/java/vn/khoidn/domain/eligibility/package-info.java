/**
 * Which units may establish a party organization, a youth union or a trade union, and youth-union
 * coverage.
 */
package vn.khoidn.domain.eligibility;

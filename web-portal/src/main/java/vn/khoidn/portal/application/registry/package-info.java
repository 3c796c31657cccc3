/**
 * The registry of host units and the development pipeline: which enterprises have a party
 * organization, a youth union, a trade union; which are eligible to establish one under
 * domain-core's thresholds; the youth-union coverage against its target band. Staff edit it.
 */
package vn.khoidn.portal.application.registry;

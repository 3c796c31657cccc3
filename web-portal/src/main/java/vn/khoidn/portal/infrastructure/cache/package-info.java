/**
 * The cluster's cache: JCache (Hazelcast in Payara), holding derived data as bytes under the
 * version of what it was derived from.
 */
package vn.khoidn.portal.infrastructure.cache;

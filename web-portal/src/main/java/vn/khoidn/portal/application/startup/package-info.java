/**
 * What happens when the portal starts: schema migration, the first administrator, the demo data.
 */
package vn.khoidn.portal.application.startup;

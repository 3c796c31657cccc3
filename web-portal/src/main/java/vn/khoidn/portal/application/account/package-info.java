/** User accounts and roles: the first administrator, profiles, and who belongs where. */
package vn.khoidn.portal.application.account;

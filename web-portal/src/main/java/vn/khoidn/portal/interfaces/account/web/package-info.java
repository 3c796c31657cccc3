/** The administrator's page of users: create, enable or disable, reset a password. */
package vn.khoidn.portal.interfaces.account.web;

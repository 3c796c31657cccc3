/** The administrator's page of the organization tree: create, move, dissolve. */
package vn.khoidn.portal.interfaces.organization.web;

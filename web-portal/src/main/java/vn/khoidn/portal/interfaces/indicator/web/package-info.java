/** The administrator's page of the indicator catalogue. */
package vn.khoidn.portal.interfaces.indicator.web;

/** The plans page: staff set and give out targets in a grid, copy last year's, use Excel. */
package vn.khoidn.portal.interfaces.plan.web;

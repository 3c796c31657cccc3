/**
 * Bulk import and export of figures for integrators and spreadsheet users: the rows of a CSV or
 * JSON file are checked all together, and then written in one transaction or not at all.
 */
package vn.khoidn.portal.application.exchange;

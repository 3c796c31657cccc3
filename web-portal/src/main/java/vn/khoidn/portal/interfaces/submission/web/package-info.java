/** The submission workflow's pages: my forms due, the form, rounds and review. */
package vn.khoidn.portal.interfaces.submission.web;

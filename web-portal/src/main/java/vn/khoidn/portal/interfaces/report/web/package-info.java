/** The "Lập báo cáo" page and the sentence templates page. */
package vn.khoidn.portal.interfaces.report.web;

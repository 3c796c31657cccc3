/** Plans: the targets figures are measured against (percent of plan), set by staff. */
package vn.khoidn.portal.application.plan;

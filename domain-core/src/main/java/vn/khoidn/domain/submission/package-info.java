/** The submission workflow's rules: a form's statuses, who may move it where, and when it locks. */
package vn.khoidn.domain.submission;

/**
 * The official report ("Lập báo cáo"): drafts with staff's narratives pre-filled from the
 * grassroots forms, the issuing body's settings, the sentence templates staff reword, the
 * resolutions a report reviews, and issuing, which freezes the files a report was issued as.
 */
package vn.khoidn.portal.application.report;

/**
 * A party document as data: header, title, summary line, headed sections of paragraphs, recipients
 * and signature. The DOCX and PDF renderers both draw this one model, so the two files always say
 * the same thing.
 */
package vn.khoidn.reporting.model;

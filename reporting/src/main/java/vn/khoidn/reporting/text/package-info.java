/**
 * The sentences of a report as templates staff can edit: figures and names go into {@code ${...}}
 * placeholders, and a ".none" variant says what did not happen instead of writing a zero.
 */
package vn.khoidn.reporting.text;

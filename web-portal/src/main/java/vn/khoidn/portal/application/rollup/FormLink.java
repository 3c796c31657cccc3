package vn.khoidn.portal.application.rollup;

import java.io.Serializable;

/**
 * A form an organization's figures in a roll-up came from, to click through to.
 *
 * @param formId the form
 * @param periodCode its round's period
 */
public record FormLink(long formId, String periodCode) implements Serializable {}

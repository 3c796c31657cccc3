package vn.khoidn.portal.application.exchange;

/**
 * What is wrong with one row.
 *
 * @param line the line in the file
 * @param code a stable English code, e.g. {@code UNKNOWN_ORGANIZATION}
 * @param message the Vietnamese message
 */
public record RowError(int line, String code, String message) implements java.io.Serializable {}

package vn.khoidn.portal.application.exchange;

/**
 * One row of a figures file, as typed: {@code org,period,indicator,sector,value}.
 *
 * @param line the line in the file (the header is line 1), or the index in a JSON array plus one
 * @param org the organization's code
 * @param period the period's code
 * @param indicator the indicator's code
 * @param sector the sector, or empty for the organization's own
 * @param value the value
 */
public record ValueRow(
    int line, String org, String period, String indicator, String sector, String value)
    implements java.io.Serializable {}

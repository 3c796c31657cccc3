package vn.khoidn.portal.application.plan;

/**
 * One plan as a file carries it: {@code org,period,indicator,value}, where {@code indicator} is the
 * indicator planned (e.g. {@code NEW_MEMBERS}).
 *
 * @param line the line in the file, or 0 for an export
 * @param org the organization's code
 * @param period the period's code
 * @param indicator the indicator planned
 * @param value the target
 */
public record PlanRow(int line, String org, String period, String indicator, String value) {}

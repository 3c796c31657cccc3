package vn.khoidn.portal.interfaces.rollup.web;

import java.io.Serializable;

/**
 * One organization's line in the roll-up table, formatted as the standing committee reads it.
 *
 * @param code the organization's code
 * @param name its name
 * @param admitted new members admitted
 * @param plan the admission target, or "" without one
 * @param percentOfPlan admitted against the plan, e.g. "118,75%"
 * @param nonState the non-state share, e.g. "11/95 (11,58%)"
 * @param classes awareness classes
 * @param trainees people trained
 * @param completeness submitted of expected, e.g. "12/13"
 */
public record RollupRow(
    String code,
    String name,
    long admitted,
    String plan,
    String percentOfPlan,
    String nonState,
    long classes,
    long trainees,
    String completeness)
    implements Serializable {}

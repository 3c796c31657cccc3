package vn.khoidn.portal.interfaces.rollup.web;

import java.io.Serializable;
import java.util.List;
import vn.khoidn.portal.application.rollup.FormLink;

/**
 * One organization's line in the roll-up table, formatted for the page.
 *
 * @param code the organization's code
 * @param name its name in the period
 * @param admitted new party members admitted (the chosen sector's part when filtered)
 * @param plan the admission target, or empty
 * @param percentOfPlan admitted against the target, e.g. "118,75%", or empty
 * @param nonState the non-state share, e.g. "11/95 (11,58%)", or empty
 * @param classes awareness-training classes
 * @param trainees people trained
 * @param owners private-enterprise owners admitted
 * @param completeness forms submitted over forms expected, or empty
 * @param compared new members admitted in the period compared with, or empty
 * @param change the difference, e.g. "+15" or "−3", or empty
 * @param forms the forms its figures came from, to click through to
 * @param own whether the line holds the figures an organization holds itself, beside its children
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
    long owners,
    String completeness,
    String compared,
    String change,
    List<FormLink> forms,
    boolean own)
    implements Serializable {

  /** Copies the list. */
  public RollupRow {
    forms = List.copyOf(forms);
  }
}

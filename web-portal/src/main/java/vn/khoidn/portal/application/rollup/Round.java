package vn.khoidn.portal.application.rollup;

import java.time.LocalDate;

/**
 * A reporting round, as completeness shows it.
 *
 * @param id the round
 * @param periodCode its period
 * @param title its title
 * @param deadline its deadline
 */
public record Round(long id, String periodCode, String title, LocalDate deadline) {}

package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;

/** Exports the figures that count, in the columns the import reads. */
@ApplicationScoped
public class ValueExportService {

  @Inject private AccessPolicy access;
  @Inject private ExportScope scope;
  @Inject private FigureExports figures;

  /** For CDI. */
  protected ValueExportService() {}

  /**
   * An export over its ports, e.g. in memory for a test.
   *
   * @param access who works on what
   * @param scope where an export starts
   * @param figures the figures that count
   */
  public ValueExportService(AccessPolicy access, ExportScope scope, FigureExports figures) {
    this.access = access;
    this.scope = scope;
    this.figures = figures;
  }

  /**
   * The accepted and back-loaded figures of an organization and its subtree.
   *
   * @param username the user
   * @param orgCode the organization, or null for the user's own
   * @param periodCode a period whose figures to export, or null for all
   * @param indicatorCode an indicator, or null for all
   * @return the rows, by organization, period, indicator and sector
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ValueRow> export(
      String username, String orgCode, String periodCode, String indicatorCode) {
    Actor actor = access.actor(username);
    List<Long> ids = scope.subtreeIds(actor, orgCode, "số liệu");
    Set<String> periods = null;
    if (periodCode != null && !periodCode.isBlank()) {
      periods = new HashSet<>();
      for (CalendarPeriod p :
          CalendarPeriod.coveredBy(
              CalendarPeriod.parse(periodCode.strip().toUpperCase(Locale.ROOT)))) {
        periods.add(p.code());
      }
    }
    String indicator =
        indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
    List<ValueRow> rows = new ArrayList<>();
    for (ExportedFigure f : figures.countedFigures(ids, periods, indicator)) {
      rows.add(
          new ValueRow(
              0,
              f.organizationCode(),
              f.periodCode(),
              f.indicatorCode(),
              f.sector() == null ? "" : f.sector().name(),
              f.value().toBigInteger().toString()));
    }
    return rows;
  }
}

package vn.khoidn.portal.application.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;

/**
 * Where figures are kept: one row per (organization, period, indicator, sector cell), which the
 * schema enforces. It is the only way figures are written, and only the {@link FigureStore} calls
 * its writing methods (checked by {@code PortalArchitectureTest}).
 */
public interface FigureRepository {

  /**
   * A stored figure.
   *
   * @param id its id
   * @param organizationId the organization
   * @param periodCode the period
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for a total
   * @param value the value
   * @param formId the form it is on, or 0 for a back-loaded figure
   * @param explanation why a form's value is far from history, or null
   */
  record Stored(
      long id,
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal value,
      long formId,
      String explanation) {}

  /**
   * A form that owns an organization's figures of an indicator in a period: the organization's own
   * form, or its committee's form that it fills a block of.
   *
   * @param organizationId the organization whose figures the form holds
   * @param periodCode the form's period
   * @param indicatorCode an indicator on the form
   * @param formId the form
   * @param formOrganizationCode the organization the form belongs to
   * @param status the form's status
   */
  record Owner(
      long organizationId,
      String periodCode,
      String indicatorCode,
      long formId,
      String formOrganizationCode,
      FormStatus status) {}

  /**
   * A new figure.
   *
   * @param organizationId the organization
   * @param periodCode the period
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for a total
   * @param value the value
   * @param formId the form it is on, or 0 for a back-loaded figure
   * @param explanation why a form's value is far from history, or null
   */
  record NewFigure(
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal value,
      long formId,
      String explanation) {

    /**
     * A back-loaded figure, on no form.
     *
     * @param organizationId the organization
     * @param periodCode the period
     * @param indicatorCode the indicator
     * @param sector the sector of a part, or null for a total
     * @param value the value
     * @return the figure
     */
    static NewFigure backLoaded(
        long organizationId,
        String periodCode,
        String indicatorCode,
        Sector sector,
        BigDecimal value) {
      return new NewFigure(organizationId, periodCode, indicatorCode, sector, value, 0, null);
    }
  }

  /**
   * A new value for a stored figure.
   *
   * @param id the figure
   * @param value its value
   * @param formId the form it is on from now (a back-loaded figure a form takes over), or 0
   * @param explanation the explanation, or null
   */
  record Update(long id, BigDecimal value, long formId, String explanation) {}

  /**
   * The figures of some organizations in some periods, on forms or not.
   *
   * @param organizationIds the organizations
   * @param periodCodes the periods
   * @return the figures
   */
  List<Stored> figuresOf(Collection<Long> organizationIds, Collection<String> periodCodes);

  /**
   * The forms that own figures in some periods.
   *
   * @param periodCodes the periods
   * @return each organization, period and indicator a form holds
   */
  List<Owner> ownersIn(Collection<String> periodCodes);

  /**
   * Stores new figures.
   *
   * @param figures the figures
   * @param by who wrote them
   * @param at when
   */
  void insert(List<NewFigure> figures, String by, Instant at);

  /**
   * Changes stored figures.
   *
   * @param updates the new values
   * @param by who wrote them
   * @param at when
   */
  void update(List<Update> updates, String by, Instant at);

  /**
   * Removes figures a form no longer holds.
   *
   * @param ids the figures
   */
  void delete(Collection<Long> ids);
}

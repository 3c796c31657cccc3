package vn.khoidn.portal.application.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;

/**
 * Where figures are kept: one row per (organization, period, indicator, sector cell), which the
 * schema enforces. Only the {@link FigureStore} calls the writing methods.
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
   */
  record Stored(
      long id,
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal value,
      long formId) {}

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
   * A new back-loaded figure.
   *
   * @param organizationId the organization
   * @param periodCode the period
   * @param indicatorCode the indicator
   * @param sector the sector of a part, or null for a total
   * @param value the value
   */
  record NewFigure(
      long organizationId,
      String periodCode,
      String indicatorCode,
      Sector sector,
      BigDecimal value) {}

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
   * Stores new back-loaded figures.
   *
   * @param figures the figures
   * @param by who wrote them
   * @param at when
   */
  void insert(List<NewFigure> figures, String by, Instant at);

  /**
   * Changes the values of stored figures.
   *
   * @param values new values by figure id
   * @param by who wrote them
   * @param at when
   */
  void update(Map<Long, BigDecimal> values, String by, Instant at);
}

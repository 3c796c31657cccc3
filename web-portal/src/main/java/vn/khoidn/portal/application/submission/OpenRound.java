package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff fill in to open a round.
 *
 * @param periodCode the period, e.g. {@code 2021Q3}
 * @param title the title reporters see
 * @param deadline the last day to submit
 * @param indicatorCodes the indicators on the form, in order
 * @param organizationCodes the organizations expected to report; empty for every grassroots
 *     organization under the staff's organization that exists on the period's last day
 */
public record OpenRound(
    String periodCode,
    String title,
    LocalDate deadline,
    List<String> indicatorCodes,
    List<String> organizationCodes)
    implements Serializable {

  /** Copies the lists. */
  public OpenRound {
    indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
    organizationCodes = organizationCodes == null ? List.of() : List.copyOf(organizationCodes);
  }
}

package vn.khoidn.domain.registry;

import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A youth union, trade union, women's union or veterans' association inside a host unit.
 *
 * @param kind what it is
 * @param name its Vietnamese name
 * @param established the day it was established, or null if unknown
 * @param dissolved the day it was dissolved, or null if it still exists
 * @param members its member count
 * @param managingBody the body it reports to, or null if not recorded
 */
public record SocioPoliticalOrganization(
    SocioPoliticalKind kind,
    String name,
    LocalDate established,
    LocalDate dissolved,
    int members,
    ManagingBody managingBody) {

  /** Checks the kind, the name and the member count. */
  public SocioPoliticalOrganization {
    Objects.requireNonNull(kind, "Loại tổ chức đoàn thể là bắt buộc.");
    Objects.requireNonNull(name, "Tên tổ chức đoàn thể là bắt buộc.");
    if (members < 0) {
      throw new InvalidValueException(
          "NEGATIVE_VALUE", "Số thành viên của " + name + " không được âm.");
    }
    if (established != null && dissolved != null && !dissolved.isAfter(established)) {
      throw new InvalidValueException(
          "DISSOLVED_BEFORE_ESTABLISHED", name + ": ngày giải thể phải sau ngày thành lập.");
    }
  }

  /**
   * Whether it exists on a day.
   *
   * @param day a date
   * @return true if established on or before it and not dissolved on or before it
   */
  public boolean existsOn(LocalDate day) {
    return (established == null || !day.isBefore(established))
        && (dissolved == null || day.isBefore(dissolved));
  }
}

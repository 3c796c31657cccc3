package vn.khoidn.domain.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * A party organization: its code, its name when it was created, its level, its host unit and its
 * lifetime.
 *
 * <p>An organization exists from {@code established} (inclusive) until {@code dissolved}
 * (exclusive: on the day of dissolution it no longer exists). Either date may be unknown ({@code
 * null}): an unknown establishment means "always existed" as far as the data goes; no dissolution
 * means it still exists.
 *
 * @param code the stable code, unique in one installation: letters, digits, '-', '_' and '.'
 * @param name the Vietnamese name as established; renames are recorded in the {@link
 *     OrganizationTree}
 * @param kind the level in the tree
 * @param hostUnitCode the code of the host unit (enterprise, bank, association) it sits in, or null
 * @param established the day it was established, or null if unknown
 * @param dissolved the day it was dissolved, or null if it still exists
 */
public record Organization(
    String code,
    String name,
    OrganizationKind kind,
    String hostUnitCode,
    LocalDate established,
    LocalDate dissolved) {

  private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,39}");

  /** Checks the code, the name, the kind and the order of the dates. */
  public Organization {
    Objects.requireNonNull(code, "Mã tổ chức là bắt buộc.");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "INVALID_CODE",
          "Mã tổ chức \"" + code + "\" không hợp lệ: tối đa 40 ký tự gồm chữ, số, '-', '_', '.'.");
    }
    Objects.requireNonNull(name, "Tên tổ chức là bắt buộc.");
    if (name.isBlank()) {
      throw new InvalidValueException(
          "MISSING_NAME", "Tên tổ chức " + code + " không được để trống.");
    }
    Objects.requireNonNull(kind, "Loại tổ chức là bắt buộc.");
    if (established != null && dissolved != null && !dissolved.isAfter(established)) {
      throw new InvalidValueException(
          "DISSOLVED_BEFORE_ESTABLISHED",
          "Tổ chức " + code + ": ngày giải thể phải sau ngày thành lập.");
    }
  }

  /**
   * A new organization that still exists.
   *
   * @param code the code
   * @param name the Vietnamese name
   * @param kind the level in the tree
   * @param hostUnitCode the host unit's code, or null
   * @param established the day it was established, or null if unknown
   * @return the organization
   */
  public static Organization of(
      String code, String name, OrganizationKind kind, String hostUnitCode, LocalDate established) {
    return new Organization(code, name, kind, hostUnitCode, established, null);
  }

  /**
   * Whether the organization exists on the given day.
   *
   * @param day a date
   * @return true if established on or before it and not dissolved on or before it
   */
  public boolean existsOn(LocalDate day) {
    return (established == null || !day.isBefore(established))
        && (dissolved == null || day.isBefore(dissolved));
  }

  /**
   * Whether the organization exists on at least one day between the two dates.
   *
   * @param from the first day
   * @param to the last day
   * @return true if its lifetime overlaps that span
   */
  public boolean existsBetween(LocalDate from, LocalDate to) {
    return (established == null || !established.isAfter(to))
        && (dissolved == null || dissolved.isAfter(from));
  }

  /**
   * The same organization dissolved on the given day.
   *
   * @param day the first day it no longer exists
   * @return the dissolved organization
   */
  public Organization dissolvedOn(LocalDate day) {
    return new Organization(code, name, kind, hostUnitCode, established, day);
  }
}

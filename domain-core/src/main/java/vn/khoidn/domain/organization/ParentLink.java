package vn.khoidn.domain.organization;

import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * That one organization sat under another from one day until another. Moves close one link and open
 * the next, so the tree of any past day can be rebuilt.
 *
 * @param child the code of the organization below
 * @param parent the code of the organization above
 * @param from the first day of the link, or null for "since the beginning of the data"
 * @param until the first day the link no longer holds, or null if it still holds
 */
public record ParentLink(String child, String parent, LocalDate from, LocalDate until) {

  /** Checks the codes and the order of the dates. */
  public ParentLink {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(parent, "parent");
    if (child.equals(parent)) {
      throw new InvalidValueException(
          "INVALID_MOVE", "Tổ chức " + child + " không thể trực thuộc chính nó.");
    }
    if (from != null && until != null && !until.isAfter(from)) {
      throw new InvalidValueException(
          "INVALID_DATE_ORDER",
          "Liên kết " + child + " → " + parent + ": ngày kết thúc phải sau ngày bắt đầu.");
    }
  }

  /**
   * Whether the link holds on the given day.
   *
   * @param day a date
   * @return true if {@code from <= day < until}
   */
  public boolean holdsOn(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
  }

  ParentLink endingOn(LocalDate day) {
    return new ParentLink(child, parent, from, day);
  }
}

package vn.khoidn.portal.application.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.portal.application.InvalidInputException;

/**
 * Finds a host unit of the registry as people name it in a file: by its code, by its tax code, or
 * by its name compared as people compare names ({@link VietnameseText#sameName}: Unicode form, case
 * and spaces do not count, tones do). A name two units share is refused as ambiguous, naming both;
 * an unknown unit is refused with the nearest names, and never created.
 */
public final class UnitLookup {

  /** How many near names an unknown unit's refusal suggests. */
  static final int NEAREST = 3;

  private final List<HostUnit> units;
  private final Map<String, HostUnit> byCode = new HashMap<>();
  private final Map<String, List<HostUnit>> byTax = new HashMap<>();
  private final Map<String, List<HostUnit>> byName = new HashMap<>();

  private UnitLookup(List<HostUnit> units) {
    this.units = List.copyOf(units);
    for (HostUnit u : this.units) {
      byCode.put(u.code(), u);
      u.tax().ifPresent(t -> byTax.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(u));
      byName.computeIfAbsent(VietnameseText.nameKey(u.name()), k -> new ArrayList<>()).add(u);
    }
  }

  /**
   * A lookup over the registry.
   *
   * @param units every unit
   * @return the lookup
   */
  public static UnitLookup of(List<HostUnit> units) {
    return new UnitLookup(units);
  }

  /**
   * The unit a text names: its code (in any case), its tax code (10 or 13 digits, a branch's with
   * or without the dash) or its name.
   *
   * @param text what the file says
   * @return the unit
   * @throws InvalidInputException {@code AMBIGUOUS_HOST_UNIT} naming the units that share the name
   *     or tax code, or {@code UNKNOWN_HOST_UNIT} with the nearest names
   */
  public HostUnit find(String text) {
    String typed = VietnameseText.nfc(text == null ? "" : text).strip();
    HostUnit unit = byCode.get(typed.toUpperCase(Locale.ROOT));
    if (unit != null) {
      return unit;
    }
    String tax = taxValue(typed);
    if (tax != null && byTax.containsKey(tax)) {
      return single(typed, byTax.get(tax), "mã số thuế");
    }
    List<HostUnit> named = byName.get(VietnameseText.nameKey(typed));
    if (named != null) {
      return single(typed, named, "tên");
    }
    throw unknown(typed);
  }

  private static HostUnit single(String typed, List<HostUnit> found, String what) {
    if (found.size() == 1) {
      return found.get(0);
    }
    List<String> codes =
        found.stream().map(HostUnit::code).sorted(Comparator.naturalOrder()).toList();
    throw new InvalidInputException(
        "AMBIGUOUS_HOST_UNIT",
        "Có "
            + found.size()
            + " đơn vị cùng "
            + what
            + " \""
            + typed
            + "\" trong danh bạ ("
            + String.join(", ", codes)
            + "): hãy ghi mã đơn vị.");
  }

  /** The nearest units by edit distance to their name, or to their code if that is nearer. */
  private InvalidInputException unknown(String typed) {
    String key = VietnameseText.nameKey(typed);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    Comparator<String> vietnamese = VietnameseText.order();
    List<HostUnit> nearest =
        units.stream()
            .sorted(
                Comparator.<HostUnit>comparingInt(
                        u ->
                            Math.min(
                                distance.apply(key, VietnameseText.nameKey(u.name())),
                                distance.apply(key, VietnameseText.nameKey(u.code()))))
                    .thenComparing(HostUnit::name, vietnamese))
            .limit(NEAREST)
            .toList();
    String suggestion =
        nearest.isEmpty()
            ? " Danh bạ chưa có đơn vị nào."
            : " Tên gần nhất: "
                + String.join(
                    "; ", nearest.stream().map(u -> u.name() + " (" + u.code() + ")").toList())
                + ".";
    return new InvalidInputException(
        "UNKNOWN_HOST_UNIT",
        "Không có đơn vị \""
            + typed
            + "\" trong danh bạ (tìm theo mã, mã số thuế hoặc tên); tệp tổ chức không tạo đơn vị"
            + " mới: hãy thêm đơn vị vào danh bạ trước."
            + suggestion);
  }

  private static String taxValue(String typed) {
    if (!typed.matches("[0-9 ]{10,}|[0-9 ]{10,}-[0-9]{3}")) {
      return null;
    }
    try {
      return TaxCode.parse(typed).value();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

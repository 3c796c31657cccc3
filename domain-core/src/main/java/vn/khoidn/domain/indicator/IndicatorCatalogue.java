package vn.khoidn.domain.indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * The indicators of one installation. The built-in catalogue holds those of the enterprise-bloc
 * reports; an installation adds its own as data, without changing code.
 */
public final class IndicatorCatalogue {

  /** New party members admitted. */
  public static final String NEW_MEMBERS = "NEW_MEMBERS";

  /** The admission target (plan). */
  public static final String NEW_MEMBERS_PLAN = "NEW_MEMBERS_PLAN";

  /** Awareness-training classes about the Party. */
  public static final String AWARENESS_CLASSES = "AWARENESS_CLASSES";

  /** Outstanding people trained in those classes. */
  public static final String AWARENESS_TRAINEES = "AWARENESS_TRAINEES";

  /** New grassroots party organizations. */
  public static final String NEW_PARTY_ORGS = "NEW_PARTY_ORGS";

  /** New youth-union chapters. */
  public static final String NEW_YOUTH_UNIONS = "NEW_YOUTH_UNIONS";

  /** New grassroots trade unions. */
  public static final String NEW_TRADE_UNIONS = "NEW_TRADE_UNIONS";

  /** Private-enterprise owners admitted to the Party. */
  public static final String OWNERS_ADMITTED = "OWNERS_ADMITTED";

  /** Share of units with a party organization that also have a youth union. */
  public static final String YOUTH_UNION_COVERAGE = "YOUTH_UNION_COVERAGE";

  private final Map<String, Indicator> indicators;

  private IndicatorCatalogue(Map<String, Indicator> indicators) {
    this.indicators = Collections.unmodifiableMap(indicators);
  }

  /** The catalogue of the enterprise-bloc reports (Nghị quyết 04-NQ/ĐUK and its reviews). */
  public static IndicatorCatalogue builtIn() {
    return of(
        java.util.List.of(
            new Indicator(
                NEW_MEMBERS,
                "đảng viên mới được kết nạp",
                "new party members admitted",
                Unit.PERSON,
                true,
                Source.ENTERED),
            new Indicator(
                NEW_MEMBERS_PLAN,
                "chỉ tiêu kết nạp đảng viên",
                "admission target",
                Unit.PERSON,
                false,
                Source.ENTERED),
            new Indicator(
                AWARENESS_CLASSES,
                "lớp bồi dưỡng nhận thức về Đảng",
                "awareness-training classes",
                Unit.COUNT,
                false,
                Source.ENTERED),
            new Indicator(
                AWARENESS_TRAINEES,
                "quần chúng ưu tú được bồi dưỡng nhận thức về Đảng",
                "outstanding people trained",
                Unit.PERSON,
                true,
                Source.ENTERED),
            new Indicator(
                NEW_PARTY_ORGS,
                "tổ chức cơ sở đảng thành lập mới",
                "new grassroots party organizations",
                Unit.COUNT,
                true,
                Source.REGISTRY),
            new Indicator(
                NEW_YOUTH_UNIONS,
                "tổ chức đoàn thanh niên thành lập mới",
                "new youth-union chapters",
                Unit.COUNT,
                true,
                Source.REGISTRY),
            new Indicator(
                NEW_TRADE_UNIONS,
                "công đoàn cơ sở thành lập mới",
                "new grassroots trade unions",
                Unit.COUNT,
                true,
                Source.REGISTRY),
            new Indicator(
                OWNERS_ADMITTED,
                "chủ doanh nghiệp tư nhân được kết nạp vào Đảng",
                "private-enterprise owners admitted",
                Unit.PERSON,
                false,
                Source.ENTERED),
            new Indicator(
                YOUTH_UNION_COVERAGE,
                "tỷ lệ đơn vị có tổ chức đảng đã có tổ chức đoàn",
                "youth-union coverage of units with a party organization",
                Unit.PERCENT,
                false,
                Source.DERIVED)));
  }

  /**
   * A catalogue of the given indicators.
   *
   * @param indicators the indicators; codes must be unique
   * @return the catalogue
   */
  public static IndicatorCatalogue of(Collection<Indicator> indicators) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (map.put(i.code(), i) != null) {
        throw new InvalidValueException(
            "DUPLICATE_INDICATOR", "Mã chỉ tiêu " + i.code() + " bị trùng.");
      }
    }
    return new IndicatorCatalogue(map);
  }

  /**
   * This catalogue with one more indicator.
   *
   * @param indicator the new indicator
   * @return a new catalogue
   */
  public IndicatorCatalogue with(Indicator indicator) {
    Map<String, Indicator> map = new LinkedHashMap<>(indicators);
    if (map.put(indicator.code(), indicator) != null) {
      throw new InvalidValueException(
          "DUPLICATE_INDICATOR", "Mã chỉ tiêu " + indicator.code() + " đã có trong danh mục.");
    }
    return new IndicatorCatalogue(map);
  }

  /** Every indicator, in catalogue order. */
  public Collection<Indicator> indicators() {
    return indicators.values();
  }

  /**
   * The indicator with this code.
   *
   * @param code the code
   * @return the indicator, or empty
   */
  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /**
   * The indicator with this code.
   *
   * @param code the code
   * @return the indicator
   * @throws IllegalArgumentException if the catalogue has no such indicator
   */
  public Indicator get(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException("Không có chỉ tiêu mã " + code + " trong danh mục."));
  }
}

package vn.khoidn.domain.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.Sector;

/**
 * Checks figures as they are typed. Errors refuse a value (a breakdown above its total, a negative
 * count, a fraction where a count is due, a value for an organization that did not exist in the
 * period, trainees without a class); a warning flags a value far from the organization's own
 * history for review.
 */
public final class Validator {

  /** The indicator is not in the catalogue. */
  public static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";

  /** The organization is not in the tree. */
  public static final String UNKNOWN_ORGANIZATION = "UNKNOWN_ORGANIZATION";

  /** The organization did not exist on any day of the period. */
  public static final String ORGANIZATION_NOT_ACTIVE = "ORGANIZATION_NOT_ACTIVE";

  /** A count below zero. */
  public static final String NEGATIVE_VALUE = "NEGATIVE_VALUE";

  /** A fraction where a whole number is due. */
  public static final String NOT_A_WHOLE_NUMBER = "NOT_A_WHOLE_NUMBER";

  /** The parts by sector add up to more than the total. */
  public static final String BREAKDOWN_ABOVE_TOTAL = "BREAKDOWN_ABOVE_TOTAL";

  /** A breakdown given for an indicator that has none. */
  public static final String NO_BREAKDOWN_FOR_INDICATOR = "NO_BREAKDOWN_FOR_INDICATOR";

  /** Trainees reported in a period without any awareness class. */
  public static final String TRAINEES_WITHOUT_CLASSES = "TRAINEES_WITHOUT_CLASSES";

  /** A value far from the organization's own history: a warning. */
  public static final String FAR_FROM_HISTORY = "FAR_FROM_HISTORY";

  private final IndicatorCatalogue catalogue;
  private final OrganizationTree tree;
  private final HistoryCheck historyCheck;

  /**
   * A validator over a catalogue and a tree, with the default history check.
   *
   * @param catalogue the indicators
   * @param tree the organization tree
   */
  public Validator(IndicatorCatalogue catalogue, OrganizationTree tree) {
    this(catalogue, tree, HistoryCheck.DEFAULT);
  }

  /**
   * A validator with a history check of its own.
   *
   * @param catalogue the indicators
   * @param tree the organization tree
   * @param historyCheck when a value counts as far from history
   */
  public Validator(IndicatorCatalogue catalogue, OrganizationTree tree, HistoryCheck historyCheck) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.historyCheck = Objects.requireNonNull(historyCheck, "historyCheck");
  }

  /**
   * Checks one entry on its own.
   *
   * @param entry the entry
   * @param history the organization's earlier values of the indicator, oldest first (may be empty)
   * @return the findings, empty if the value is fine
   */
  public List<ValidationIssue> validate(FormEntry entry, List<Long> history) {
    List<ValidationIssue> issues = new ArrayList<>();
    Optional<Indicator> indicator = catalogue.find(entry.indicatorCode());
    if (indicator.isEmpty()) {
      issues.add(
          error(
              UNKNOWN_INDICATOR,
              entry,
              "Chỉ tiêu mã " + entry.indicatorCode() + " không có trong danh mục."));
      return issues;
    }
    Indicator ind = indicator.get();
    Optional<Organization> org = tree.organization(entry.organizationCode());
    if (org.isEmpty()) {
      issues.add(
          error(
              UNKNOWN_ORGANIZATION,
              entry,
              "Không có tổ chức mã " + entry.organizationCode() + "."));
    } else if (!org.get().existsBetween(entry.period().start(), entry.period().end())) {
      issues.add(
          error(
              ORGANIZATION_NOT_ACTIVE,
              entry,
              tree.nameOn(org.get().code(), entry.period().end())
                  + " chưa thành lập hoặc đã giải thể trong kỳ "
                  + entry.period().code()
                  + ": không nhận số liệu kỳ này."));
    }
    checkNumber(entry, ind, entry.total(), null, issues);
    entry.bySector().forEach((sector, v) -> checkNumber(entry, ind, v, sector, issues));
    if (!entry.bySector().isEmpty()) {
      if (!ind.bySector()) {
        issues.add(
            error(
                NO_BREAKDOWN_FOR_INDICATOR,
                entry,
                "Chỉ tiêu \"" + ind.vietnameseLabel() + "\" không phân theo khu vực."));
      } else if (entry.total() != null) {
        BigDecimal parts =
            entry.bySector().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.compareTo(entry.total()) > 0) {
          issues.add(
              error(
                  BREAKDOWN_ABOVE_TOTAL,
                  entry,
                  "Tổng các khu vực ("
                      + parts.toPlainString()
                      + ") lớn hơn tổng số \""
                      + ind.vietnameseLabel()
                      + "\" ("
                      + entry.total().toPlainString()
                      + ")."));
        }
      }
    }
    if (issues.stream().noneMatch(ValidationIssue::isError) && entry.total() != null) {
      historyCheck
          .check(entry.total().longValue(), history)
          .ifPresent(
              median ->
                  issues.add(
                      new ValidationIssue(
                          FAR_FROM_HISTORY,
                          Severity.WARNING,
                          "Giá trị "
                              + entry.total().toPlainString()
                              + " của \""
                              + ind.vietnameseLabel()
                              + "\" khác xa các kỳ trước của tổ chức (trung vị "
                              + median
                              + "): vui lòng kiểm tra lại và ghi rõ lý do.",
                          entry.organizationCode(),
                          entry.indicatorCode())));
    }
    return issues;
  }

  /**
   * Checks a whole form: each entry, and the rules between entries of one organization and period.
   *
   * @param entries the entries of one form
   * @param history each indicator's earlier values for the organization, by indicator code
   * @return the findings, empty if the form is fine
   */
  public List<ValidationIssue> validateForm(
      Collection<FormEntry> entries, Map<String, List<Long>> history) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (FormEntry e : entries) {
      issues.addAll(validate(e, history.getOrDefault(e.indicatorCode(), List.of())));
    }
    Optional<FormEntry> trainees = find(entries, IndicatorCatalogue.AWARENESS_TRAINEES);
    Optional<FormEntry> classes = find(entries, IndicatorCatalogue.AWARENESS_CLASSES);
    if (trainees.isPresent()
        && positive(trainees.get().total())
        && (classes.isEmpty() || !positive(classes.get().total()))) {
      issues.add(
          error(
              TRAINEES_WITHOUT_CLASSES,
              trainees.get(),
              "Có "
                  + trainees.get().total().toPlainString()
                  + " quần chúng được bồi dưỡng nhưng số lớp bồi dưỡng bằng 0: vui lòng nhập số lớp."));
    }
    return issues;
  }

  private static Optional<FormEntry> find(Collection<FormEntry> entries, String code) {
    return entries.stream().filter(e -> e.indicatorCode().equals(code)).findFirst();
  }

  private static boolean positive(BigDecimal v) {
    return v != null && v.signum() > 0;
  }

  private static void checkNumber(
      FormEntry entry,
      Indicator ind,
      BigDecimal value,
      Sector sector,
      List<ValidationIssue> issues) {
    if (value == null) {
      return;
    }
    String where = sector == null ? "" : " (khu vực " + sector.vietnameseLabel() + ")";
    if (value.signum() < 0) {
      issues.add(
          error(
              NEGATIVE_VALUE,
              entry,
              "\""
                  + ind.vietnameseLabel()
                  + "\""
                  + where
                  + " không được âm (đã nhập "
                  + value.toPlainString()
                  + ")."));
    }
    if (ind.unit().isCount() && value.stripTrailingZeros().scale() > 0) {
      issues.add(
          error(
              NOT_A_WHOLE_NUMBER,
              entry,
              "\""
                  + ind.vietnameseLabel()
                  + "\""
                  + where
                  + " phải là số nguyên (đã nhập "
                  + value.toPlainString().replace('.', ',')
                  + ")."));
    }
  }

  private static ValidationIssue error(String code, FormEntry entry, String message) {
    return new ValidationIssue(
        code, Severity.ERROR, message, entry.organizationCode(), entry.indicatorCode());
  }
}

package vn.khoidn.portal.application.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.portal.application.rollup.ReportData;
import vn.khoidn.reporting.review.ReviewFigures;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/**
 * The figures a report was issued from, kept with it as labelled lines and their SHA-256 hash, so
 * that "changed since issued" compares figures with figures (never the report's prose) and names
 * each one that changed.
 */
final class IssuedInputs {

  private IssuedInputs() {}

  /**
   * The figures of a report's data, labelled, in the report's order.
   *
   * @param data the roll-up data the report is written from
   * @return label to value
   */
  static Map<String, String> of(ReportData data) {
    Map<String, String> lines = new LinkedHashMap<>();
    ReviewFigures f = data.figures();
    lines.put("Kết nạp đảng viên", Long.toString(f.admitted()));
    lines.put("Kế hoạch kết nạp", f.plan().isPresent() ? Long.toString(f.plan().getAsLong()) : "—");
    lines.put(
        "Kết nạp trong doanh nghiệp ngoài khu vực nhà nước", Long.toString(f.nonStateAdmitted()));
    lines.put("Lớp bồi dưỡng nhận thức về Đảng", Long.toString(f.classes()));
    lines.put("Người được bồi dưỡng", Long.toString(f.trainees()));
    lines.put("Người được bồi dưỡng ngoài khu vực nhà nước", Long.toString(f.nonStateTrainees()));
    f.ownersAdmitted()
        .ifPresent(
            n -> lines.put("Chủ doanh nghiệp tư nhân được kết nạp vào Đảng", Long.toString(n)));
    lines.put(
        "Tổ chức đảng thành lập mới",
        String.join(
            "; ",
            f.newPartyOrganizations().stream().map(ReviewFigures.NewOrganization::name).toList()));
    lines.put(
        "Chi đoàn thành lập mới",
        String.join(
            "; ", f.newYouthUnions().stream().map(ReviewFigures.NewUnit::unitName).toList()));
    lines.put(
        "Công đoàn thành lập mới",
        String.join(
            "; ", f.newTradeUnions().stream().map(ReviewFigures.NewUnit::unitName).toList()));
    for (AnnexSheet.Line l : data.annex()) {
      String p = "Phụ lục, " + l.name() + ": ";
      lines.put(p + "kế hoạch", l.plan().isPresent() ? Long.toString(l.plan().getAsLong()) : "—");
      lines.put(p + "kết nạp", Long.toString(l.admitted()));
      lines.put(p + "ngoài khu vực nhà nước", Long.toString(l.nonState()));
      lines.put(p + "bồi dưỡng", Long.toString(l.trainees()));
      lines.put(p + "tổ chức đảng mới", Long.toString(l.newOrganizations()));
    }
    return lines;
  }

  /**
   * The lines as stored: one {@code label<TAB>value} a line.
   *
   * @param lines the figures
   * @return the text
   */
  static String text(Map<String, String> lines) {
    StringBuilder b = new StringBuilder();
    lines.forEach(
        (label, value) ->
            b.append(label.replace('\t', ' ').replace('\n', ' '))
                .append('\t')
                .append(value.replace('\t', ' ').replace('\n', ' '))
                .append('\n'));
    return b.toString();
  }

  /**
   * Reads stored lines back.
   *
   * @param text the stored text
   * @return label to value
   */
  static Map<String, String> parse(String text) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        lines.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return lines;
  }

  /**
   * The SHA-256 of the stored text, in hex.
   *
   * @param text the stored text
   * @return the hash
   */
  static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * What differs between the figures a report was issued from and today's, in words.
   *
   * @param issued the issued figures
   * @param now today's figures
   * @return one line per figure that changed, e.g. "Kết nạp đảng viên: 95 → 100"
   */
  static List<String> differences(Map<String, String> issued, Map<String, String> now) {
    List<String> changes = new ArrayList<>();
    issued.forEach(
        (label, value) -> {
          String current = now.getOrDefault(label, "—");
          if (!current.equals(value)) {
            changes.add(label + ": " + show(value) + " → " + show(current));
          }
        });
    now.forEach(
        (label, value) -> {
          if (!issued.containsKey(label)) {
            changes.add(label + ": — → " + show(value));
          }
        });
    return changes;
  }

  private static String show(String value) {
    return value.isEmpty() ? "(không có)" : value;
  }
}

package vn.khoidn.reporting.review;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Who issues the report: names, symbol, place and signer are settings, not constants, because blocs
 * are renamed and merged (as in 2025).
 *
 * @param superiorBody the superior body as printed top left, e.g. "ĐẢNG BỘ TỈNH LÂM ĐỒNG"
 * @param issuingBody the issuing body as printed top left, e.g. "ĐẢNG ỦY KHỐI DOANH NGHIỆP"
 * @param issuer the issuer in running text, e.g. "Đảng ủy Khối" ("Ban Thường vụ Đảng ủy Khối")
 * @param committee the party organization whose executive committee passed the resolution, e.g.
 *     "Đảng bộ Khối Doanh nghiệp tỉnh"
 * @param scope the whole organization in running text, e.g. "Đảng bộ Khối" ("toàn Đảng bộ Khối")
 * @param symbol the symbol after the number, e.g. "BC/ĐUK" (giving "Số 25-BC/ĐUK")
 * @param place the place before the date, e.g. "Lâm Đồng"
 * @param onBehalfOf e.g. "T/M BAN THƯỜNG VỤ"
 * @param signerPosition e.g. "BÍ THƯ"
 * @param signerName the signer's name
 * @param recipients the lines under "Nơi nhận:"
 */
public record IssuerSettings(
    String superiorBody,
    String issuingBody,
    String issuer,
    String committee,
    String scope,
    String symbol,
    String place,
    String onBehalfOf,
    String signerPosition,
    String signerName,
    List<String> recipients)
    implements Serializable {

  /** Checks every setting is there and copies the recipients. */
  public IssuerSettings {
    Objects.requireNonNull(superiorBody, "Tên cấp ủy cấp trên là bắt buộc.");
    Objects.requireNonNull(issuingBody, "Tên cơ quan ban hành là bắt buộc.");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(symbol, "Ký hiệu văn bản là bắt buộc.");
    Objects.requireNonNull(place, "Địa danh là bắt buộc.");
    Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    Objects.requireNonNull(signerPosition, "Chức vụ người ký là bắt buộc.");
    Objects.requireNonNull(signerName, "Họ tên người ký là bắt buộc.");
    recipients = List.copyOf(recipients);
  }
}

package vn.khoidn.reporting.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.format.VietnameseFormat;

/**
 * The top of a party document (Hướng dẫn 36-HD/VPTW): the superior body and the issuing body on the
 * left with the document's number, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right.
 *
 * @param superiorBody the superior body, e.g. "ĐẢNG BỘ TỈNH LÂM ĐỒNG"
 * @param issuingBody the issuing body, e.g. "ĐẢNG ỦY KHỐI DOANH NGHIỆP"
 * @param number the number and symbol, e.g. "Số 25-BC/ĐUK"
 * @param place the place, e.g. "Lâm Đồng"
 * @param date the date of issue
 */
public record DocumentHeader(
    String superiorBody, String issuingBody, String number, String place, LocalDate date)
    implements Serializable {

  /** The party's name, top right of every party document. */
  public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

  /** Checks every part is there. */
  public DocumentHeader {
    Objects.requireNonNull(superiorBody, "Tên cấp ủy cấp trên là bắt buộc.");
    Objects.requireNonNull(issuingBody, "Tên cơ quan ban hành là bắt buộc.");
    Objects.requireNonNull(number, "Số, ký hiệu văn bản là bắt buộc.");
    Objects.requireNonNull(place, "Địa danh là bắt buộc.");
    Objects.requireNonNull(date, "Ngày ban hành là bắt buộc.");
  }

  /** The place and date line, e.g. "Lâm Đồng, ngày 20 tháng 01 năm 2022". */
  public String placeAndDate() {
    return place + ", " + VietnameseFormat.longDate(date);
  }
}

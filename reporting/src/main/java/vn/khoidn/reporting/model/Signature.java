package vn.khoidn.reporting.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The signature block, bottom right: on whose behalf, the signer's position and name.
 *
 * @param onBehalfOf e.g. "T/M BAN THƯỜNG VỤ"
 * @param position e.g. "BÍ THƯ"
 * @param name the signer's name
 */
public record Signature(String onBehalfOf, String position, String name) implements Serializable {
  /** Checks every part is there. */
  public Signature {
    Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    Objects.requireNonNull(position, "Chức vụ người ký là bắt buộc.");
    Objects.requireNonNull(name, "Họ tên người ký là bắt buộc.");
  }
}

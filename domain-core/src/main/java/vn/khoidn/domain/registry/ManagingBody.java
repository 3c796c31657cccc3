package vn.khoidn.domain.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * The body a socio-political organization reports to. Youth unions in enterprises report to the
 * bloc's own Youth Union, inside the installation; trade unions report to district, city or sector
 * labour federations outside it ("nhiều đầu mối"), which only have a name here.
 *
 * @param name the body's Vietnamese name
 * @param organizationCode the code of the body in the organization tree, or null if it lies outside
 */
public record ManagingBody(String name, String organizationCode) {

  /** Checks that the body is named. */
  public ManagingBody {
    Objects.requireNonNull(name, "Tên cơ quan quản lý là bắt buộc.");
  }

  /**
   * A body outside the tree, such as "Liên đoàn Lao động thành phố Đà Lạt".
   *
   * @param name its name
   * @return the body
   */
  public static ManagingBody outside(String name) {
    return new ManagingBody(name, null);
  }

  /** The body's code in the tree, if it lies inside. */
  public Optional<String> insideTree() {
    return Optional.ofNullable(organizationCode);
  }
}

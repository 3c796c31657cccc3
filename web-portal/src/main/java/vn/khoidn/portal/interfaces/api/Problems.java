package vn.khoidn.portal.interfaces.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.khoidn.portal.application.exchange.RowError;

/** RFC 9457 problem bodies: Vietnamese title and detail, a stable English code. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";

  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Yêu cầu không hợp lệ"),
          Map.entry(401, "Chưa đăng nhập"),
          Map.entry(403, "Không có quyền"),
          Map.entry(404, "Không tìm thấy"),
          Map.entry(405, "Phương thức không được hỗ trợ"),
          Map.entry(406, "Không có định dạng phù hợp"),
          Map.entry(409, "Xung đột dữ liệu"),
          Map.entry(413, "Tệp quá lớn"),
          Map.entry(415, "Định dạng không được hỗ trợ"),
          Map.entry(422, "Dữ liệu không hợp lệ"),
          Map.entry(500, "Lỗi máy chủ"));

  private Problems() {}

  /**
   * A problem: what a refusal answers, before it is a response.
   *
   * @param status the HTTP status
   * @param code the stable English code
   * @param detail the Vietnamese explanation
   * @param errors the wrong rows of an import, or none
   */
  record Problem(int status, String code, String detail, List<RowError> errors) {

    Problem(int status, String code, String detail) {
      this(status, code, detail, List.of());
    }

    /** The RFC 9457 body. */
    String body() {
      JsonObjectBuilder body =
          Json.createObjectBuilder()
              .add("type", "urn:khoidn:problem:" + code.toLowerCase(java.util.Locale.ROOT))
              .add("title", TITLES.getOrDefault(status, "Lỗi"))
              .add("status", status)
              .add("code", code)
              .add("detail", detail == null ? "" : detail);
      if (!errors.isEmpty()) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RowError e : errors) {
          JsonObjectBuilder row =
              Json.createObjectBuilder().add("line", e.line()).add("code", e.code());
          if (e.column() != null) {
            row.add("column", e.column());
          }
          list.add(row.add("message", e.message()));
        }
        body.add("errors", list);
      }
      return body.build().toString();
    }

    /** The answer. */
    Response response() {
      return Response.status(status).type(MEDIA_TYPE).entity(body()).build();
    }
  }

  static Response of(int status, String code, String detail) {
    return new Problem(status, code, detail).response();
  }

  static Response of(int status, String code, String detail, List<RowError> errors) {
    return new Problem(status, code, detail, errors).response();
  }
}

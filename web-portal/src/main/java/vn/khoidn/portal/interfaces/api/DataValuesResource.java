package vn.khoidn.portal.interfaces.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.ValueExportService;
import vn.khoidn.portal.application.exchange.ValueImportService;
import vn.khoidn.portal.application.exchange.ValueRow;

/** Figures in bulk: import a CSV or JSON file, export the same columns. */
@Path("data-values")
public class DataValuesResource {

  static final List<String> COLUMNS = List.of("org", "period", "indicator", "sector", "value");

  @Inject private ValueImportService imports;
  @Inject private ValueExportService exports;
  @Context private SecurityContext security;

  /**
   * Imports figures: all rows or none.
   *
   * @param contentType text/csv or application/json
   * @param length the Content-Length, if sent
   * @param dryRun true to check only
   * @param body the file
   * @return what was imported, updated and left unchanged
   */
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Nhập số liệu",
      description =
          "CSV (UTF-8) hoặc JSON với các cột org,period,indicator,sector,value. Toàn bộ tệp được ghi"
              + " trong một giao dịch: hoặc mọi dòng, hoặc không dòng nào. Ban Tổ chức nhập số liệu"
              + " lịch sử (không thuộc biểu mẫu); người báo cáo nhập vào biểu mẫu nháp của mình."
              + " Mỗi số liệu chỉ có một bản: số liệu thuộc một biểu mẫu không nhập đè hay cộng thêm"
              + " được (409 OWNED_BY_FORM, sửa trên biểu mẫu), và trong một năm mỗi tổ chức báo cáo"
              + " một chỉ tiêu theo một loại kỳ (409 MIXED_GRANULARITY).",
      operationId = "importValues")
  @APIResponse(
      responseCode = "200",
      description =
          "Tóm tắt: imported, updated, unchanged, và results: kết quả từng dòng (line, outcome)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportSummary")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "InvalidRows")
  public ImportSummary importValues(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @Parameter(description = "true: chỉ kiểm tra, không ghi") @QueryParam("dryRun")
          boolean dryRun,
      @RequestBody(ref = "FigureRows") InputStream body) {
    List<Bodies.Row> rows = Bodies.rows(contentType, length, body, COLUMNS);
    List<ValueRow> values = new ArrayList<>();
    for (Bodies.Row r : rows) {
      values.add(
          new ValueRow(
              r.line(),
              r.get("org"),
              r.get("period"),
              r.get("indicator"),
              r.get("sector"),
              r.get("value")));
    }
    return imports.importValues(security.getUserPrincipal().getName(), values, dryRun);
  }

  /**
   * Exports the figures that count (accepted, or back-loaded) of an organization and everything
   * under it, in the import's columns.
   *
   * @param org the organization, by default the user's
   * @param period a period: the figures it covers
   * @param indicator an indicator
   * @param headers for the Accept header
   * @return CSV or JSON
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv;charset=UTF-8"})
  @Operation(
      summary = "Xuất số liệu",
      description =
          "Các cột org,period,indicator,sector,value: JSON, hoặc CSV khi Accept là text/csv.",
      operationId = "exportValues")
  @APIResponse(
      responseCode = "200",
      description = "Số liệu được tính (đã duyệt, hoặc nhập lịch sử) của tổ chức và cấp dưới",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FigureTable")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response export(
      @Parameter(description = "Mã tổ chức; mặc định là tổ chức của người dùng") @QueryParam("org")
          String org,
      @Parameter(description = "Kỳ, ví dụ 2021 hoặc 2021Q3: các số liệu thuộc kỳ đó")
          @QueryParam("period")
          String period,
      @Parameter(description = "Mã chỉ tiêu, ví dụ NEW_MEMBERS") @QueryParam("indicator")
          String indicator,
      @Context HttpHeaders headers) {
    List<List<Object>> rows = new ArrayList<>();
    for (ValueRow r :
        exports.export(security.getUserPrincipal().getName(), org, period, indicator)) {
      rows.add(List.of(r.org(), r.period(), r.indicator(), r.sector(), Long.parseLong(r.value())));
    }
    return Bodies.table(headers, COLUMNS, rows);
  }
}

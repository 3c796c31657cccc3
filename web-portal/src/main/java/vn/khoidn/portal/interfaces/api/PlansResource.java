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
import vn.khoidn.portal.application.plan.PlanRow;
import vn.khoidn.portal.application.plan.PlanService;

/** Plans in bulk: import a CSV or JSON file of targets, export the same columns. */
@Path("plans")
public class PlansResource {

  static final List<String> COLUMNS = List.of("org", "period", "indicator", "value");

  @Inject private PlanService plans;
  @Context private SecurityContext security;

  /**
   * Imports plans: all rows or none.
   *
   * @param contentType text/csv or application/json
   * @param length the Content-Length, if sent
   * @param dryRun true to check only
   * @param body the file
   * @return what was imported, updated and left unchanged, per row
   */
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Đặt kế hoạch",
      description =
          "CSV (UTF-8) hoặc JSON với các cột org,period,indicator,value; indicator là chỉ tiêu"
              + " được giao kế hoạch (ví dụ NEW_MEMBERS). Chỉ Ban Tổ chức. Toàn bộ tệp trong một"
              + " giao dịch. Cấp trên có thể có chỉ tiêu riêng bên cạnh phần giao cho cấp dưới:"
              + " tỷ lệ hoàn thành của một tổ chức tính theo chỉ tiêu riêng của nó, không có thì"
              + " theo tổng chỉ tiêu cấp dưới. Một tổ chức đặt theo một loại kỳ trong năm"
              + " (MIXED_GRANULARITY).",
      operationId = "importPlans")
  @APIResponse(
      responseCode = "200",
      description = "Tóm tắt và kết quả từng dòng",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportSummary")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "InvalidRows")
  public ImportSummary importPlans(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @Parameter(description = "true: chỉ kiểm tra, không ghi") @QueryParam("dryRun")
          boolean dryRun,
      @RequestBody(ref = "PlanRows") InputStream body) {
    List<PlanRow> rows = new ArrayList<>();
    for (Bodies.Row r : Bodies.rows(contentType, length, body, COLUMNS)) {
      rows.add(
          new PlanRow(r.line(), r.get("org"), r.get("period"), r.get("indicator"), r.get("value")));
    }
    return plans.importPlans(security.getUserPrincipal().getName(), rows, dryRun);
  }

  /**
   * Exports the plans of an organization and everything under it.
   *
   * @param org the organization, by default the user's
   * @param period a period: the plans of the periods it covers
   * @param headers for the Accept header
   * @return CSV or JSON
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv;charset=UTF-8"})
  @Operation(
      summary = "Xuất kế hoạch",
      description = "Các cột org,period,indicator,value: JSON, hoặc CSV khi Accept là text/csv.",
      operationId = "exportPlans")
  @APIResponse(
      responseCode = "200",
      description = "Kế hoạch của tổ chức và các tổ chức trực thuộc",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlanTable")),
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
      @Parameter(description = "Kỳ, ví dụ 2021: kế hoạch của các kỳ thuộc kỳ đó")
          @QueryParam("period")
          String period,
      @Context HttpHeaders headers) {
    List<List<Object>> rows = new ArrayList<>();
    for (PlanRow r : plans.export(security.getUserPrincipal().getName(), org, period)) {
      rows.add(List.of(r.org(), r.period(), r.indicator(), Long.parseLong(r.value())));
    }
    return Bodies.table(headers, COLUMNS, rows);
  }
}

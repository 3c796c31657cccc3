package vn.khoidn.portal.interfaces.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.report.ReportService;
import vn.khoidn.portal.interfaces.web.Refusals;

/** The review report the "Lập báo cáo" page makes. */
@Path("reports/review")
public class ReportsResource {

  private static final List<String> FORMATS = List.of("docx", "pdf", "xlsx");

  @Inject private ReportService reports;
  @Inject private OrganizationService organizations;
  @Context private SecurityContext security;

  /**
   * The report of an organization for a period or a resolution's review (e.g. {@code
   * 04-NQ/ĐUK+1Y}): its current draft, made from live data.
   *
   * @param org the organization
   * @param period the period or review
   * @param format docx, pdf or xlsx (the annex)
   * @return the file
   */
  @GET
  @Operation(
      summary = "Báo cáo sơ kết dạng DOCX, PDF hoặc phụ lục XLSX",
      operationId = "reviewReport")
  @APIResponse(
      responseCode = "200",
      description = "Tệp báo cáo (Content-Disposition: attachment)",
      content = {
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response review(
      @Parameter(description = "Mã tổ chức", required = true) @QueryParam("org") String org,
      @Parameter(
              description = "Kỳ, hoặc đợt sơ kết một nghị quyết (ví dụ 04-NQ/ĐUK+1Y)",
              required = true)
          @QueryParam("period")
          String period,
      @Parameter(description = "docx, pdf hoặc xlsx (phụ lục)", required = true)
          @QueryParam("format")
          String format) {
    if (org == null || period == null || format == null) {
      throw new ApiException(400, "MISSING_PARAMETER", "Cần tham số org, period và format.");
    }
    if (!organizations.exists(org)) {
      throw new NoSuchOrganizationException("Không có tổ chức mã \"" + org + "\".");
    }
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(kind)) {
      throw new ApiException(
          400,
          "UNKNOWN_FORMAT",
          "Định dạng \"" + format.strip() + "\" không được hỗ trợ: chọn docx, pdf hoặc xlsx.");
    }
    String code = period.strip();
    if (code.indexOf('+') < 0) {
      CalendarPeriod.parse(code);
    } else {
      try {
        ReportService.reviewYears(code);
      } catch (IllegalArgumentException e) {
        // reviewYears refuses only in words ("Số năm sơ kết ..."): its answer stays helpful.
        throw Refusals.vouched(e, "INVALID_REVIEW_PERIOD");
      }
    }
    String user = security.getUserPrincipal().getName();
    // A GET makes nothing: without a draft, the file is written from the draft that would be made.
    ReportService.ReportFile file = reports.draftFile(user, org.strip(), code, kind);
    String encoded =
        java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.bytes(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .build();
  }
}

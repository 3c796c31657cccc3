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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.registry.RegisteredUnit;
import vn.khoidn.portal.application.registry.RegistryImportService;
import vn.khoidn.portal.application.registry.UnitFile;
import vn.khoidn.portal.application.registry.UnitFileRow;

/** The registry of host units in bulk: import a CSV or JSON file, export the same columns. */
@Path("host-units")
public class HostUnitsResource {

  @Inject private RegistryImportService registry;
  @Context private SecurityContext security;

  /**
   * Creates or updates host units by code: all rows or none.
   *
   * @param contentType text/csv or application/json
   * @param length the Content-Length, if sent
   * @param dryRun true to check only
   * @param body the file
   * @return what was added (imported), changed (updated) and left alone (unchanged), per row
   */
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Nhập danh bạ đơn vị (thêm mới hoặc cập nhật theo mã)",
      description =
          "Các cột code,name,legal_form,sector,tax_code,district,employees,party_members,"
              + "owner_party_member (bắt buộc), probationary_party_members,youth_union_members,"
              + "youth_union_established,trade_union_members,trade_union_established,version (cột"
              + " không có trong tệp thì giữ giá trị đã lưu). Chi đoàn và công đoàn cơ sở là các"
              + " cột của cùng dòng. version: phiên bản lúc xuất; đơn vị đã bị sửa sau đó thì dòng"
              + " bị từ chối (STALE_VERSION). Chỉ Ban Tổ chức và quản trị viên; toàn bộ tệp hoặc"
              + " không dòng nào.",
      operationId = "importHostUnits")
  @APIResponse(
      responseCode = "200",
      description = "Số đơn vị thêm mới (imported), đổi (updated) và giữ nguyên (unchanged)",
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
  public ImportSummary importUnits(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @Parameter(description = "true: chỉ kiểm tra, không ghi") @QueryParam("dryRun")
          boolean dryRun,
      @RequestBody(ref = "HostUnitRows") InputStream body) {
    List<UnitFileRow> rows = new ArrayList<>();
    for (Bodies.Row r : Bodies.rows(contentType, length, body, UnitFile.REQUIRED)) {
      Map<String, String> cells = new HashMap<>();
      for (String column : r.cells().keySet()) {
        cells.put(column, r.get(column));
      }
      rows.add(new UnitFileRow(r.line(), cells));
    }
    return registry.importUnits(security.getUserPrincipal().getName(), rows, dryRun);
  }

  /**
   * Exports the registry in the columns the import reads.
   *
   * @param headers for the Accept header
   * @return CSV or JSON
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv;charset=UTF-8"})
  @Operation(
      summary = "Xuất danh bạ đơn vị",
      description =
          "Các cột của lệnh nhập, theo tên đơn vị: JSON, hoặc CSV khi Accept là text/csv. Gửi lại"
              + " tệp xuất ra không thay đổi gì. Ban Thường vụ, Ban Tổ chức và quản trị viên.",
      operationId = "exportHostUnits")
  @APIResponse(
      responseCode = "200",
      description = "Mọi đơn vị trong danh bạ",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HostUnitTable")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response export(@Context HttpHeaders headers) {
    List<List<Object>> rows = new ArrayList<>();
    for (RegisteredUnit u : registry.export(security.getUserPrincipal().getName())) {
      rows.add(UnitFile.values(u));
    }
    return Bodies.table(headers, UnitFile.COLUMNS, rows);
  }
}

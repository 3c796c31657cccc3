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
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.OrganizationImportService;
import vn.khoidn.portal.application.exchange.OrganizationRowInput;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;

/** The organization tree the user works on. */
@Path("organizations")
public class OrganizationsResource {

  static final List<String> COLUMNS =
      List.of("code", "name", "kind", "parent", "sector", "host_unit", "established");

  @Inject private OrganizationService organizationService;
  @Inject private OrganizationImportService imports;
  @Context private SecurityContext security;

  /**
   * Creates or updates organizations by code: all rows or none.
   *
   * @param contentType text/csv or application/json
   * @param length the Content-Length, if sent
   * @param dryRun true to check only
   * @param body the file
   * @return what was created (imported), changed (updated) and left alone (unchanged)
   */
  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Nhập tổ chức (thêm mới hoặc cập nhật theo mã)",
      description =
          "Các cột code,name,kind,parent,sector,host_unit,established (dissolved, effective,"
              + " successor nếu có); ngày dạng yyyy-MM-dd. effective: ngày có hiệu lực của việc"
              + " chuyển, đổi tên, giải thể (mặc định hôm nay); successor: tổ chức kế thừa tổ chức"
              + " giải thể, nhận các tổ chức trực thuộc. Cả tệp là một lần thay đổi cây: mọi dòng"
              + " hoặc không dòng nào. Chỉ quản trị viên.",
      operationId = "importOrganizations")
  @APIResponse(
      responseCode = "200",
      description = "Số tổ chức thêm mới (imported), đổi (updated) và giữ nguyên (unchanged)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportSummary")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "InvalidRows")
  public ImportSummary upsert(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @Parameter(description = "true: chỉ kiểm tra, không ghi") @QueryParam("dryRun")
          boolean dryRun,
      @RequestBody(ref = "OrganizationRows") InputStream body) {
    List<Bodies.Row> rows = Bodies.rows(contentType, length, body, COLUMNS);
    List<OrganizationRowInput> input = new ArrayList<>();
    for (Bodies.Row r : rows) {
      input.add(
          new OrganizationRowInput(
              r.line(),
              r.get("code"),
              r.get("name"),
              r.get("kind"),
              r.get("parent"),
              r.get("sector"),
              r.get("host_unit"),
              r.get("established"),
              r.get("dissolved"),
              r.get("effective"),
              r.get("successor")));
    }
    return imports.importOrganizations(security.getUserPrincipal().getName(), input, dryRun);
  }

  /**
   * The user's organization and everything under it, as a tree.
   *
   * @return the top organization with its children, recursively
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cây tổ chức của người dùng", operationId = "organizationTree")
  @APIResponse(
      responseCode = "200",
      description = "Tổ chức của người dùng và mọi tổ chức trực thuộc",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "OrganizationNode")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  public Map<String, Object> tree() {
    Map<String, Map<String, Object>> byCode = new HashMap<>();
    Map<String, Object> root = null;
    for (OrganizationRow o : organizationService.subtreeOf(security.getUserPrincipal().getName())) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", o.code());
      node.put("name", o.name());
      node.put("kind", o.kind().name());
      node.put("sector", o.sector().name());
      node.put("parent", o.parentCode() == null ? "" : o.parentCode());
      node.put("established", o.establishedOn() == null ? "" : o.establishedOn().toString());
      node.put("dissolved", o.dissolvedOn() == null ? "" : o.dissolvedOn().toString());
      node.put("children", new ArrayList<Map<String, Object>>());
      byCode.put(o.code(), node);
      Map<String, Object> parent = o.parentCode() == null ? null : byCode.get(o.parentCode());
      if (root == null) {
        root = node;
      } else if (parent != null) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) parent.get("children");
        children.add(node);
      }
    }
    return root;
  }
}

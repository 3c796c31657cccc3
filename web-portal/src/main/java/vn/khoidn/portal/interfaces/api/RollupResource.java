package vn.khoidn.portal.interfaces.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.IndicatorTotal;
import vn.khoidn.domain.rollup.NodeResult;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.rollup.TreeView;

/** The live roll-up of domain-core as JSON. */
@Path("rollup")
public class RollupResource {

  private static final List<String> INDICATORS = RollupService.FORM_INDICATORS;

  @Inject private RollupService rollups;
  @Inject private OrganizationService organizations;
  @Context private SecurityContext security;

  /**
   * The roll-up of an organization's subtree over a period, from accepted figures.
   *
   * @param org the organization
   * @param period the period, e.g. 2021 or 2021Q3
   * @return every organization of the subtree with its totals, sector breakdown, plan, percent of
   *     plan, shares and completeness
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Tổng hợp số liệu của một tổ chức trong một kỳ", operationId = "rollup")
  @APIResponse(
      responseCode = "200",
      description = "Mọi tổ chức của cây với tổng số, phần theo khu vực, kế hoạch và tỷ lệ",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Rollup")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyAttempts")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Map<String, Object> rollup(
      @Parameter(description = "Mã tổ chức", required = true) @QueryParam("org") String org,
      @Parameter(description = "Kỳ, ví dụ 2021, 2021Q3 hoặc 2021M07", required = true)
          @QueryParam("period")
          String period,
      @Parameter(
              description =
                  "Cơ cấu tổ chức: then (mặc định, như lúc đó) hoặc current (như hiện nay: số liệu"
                      + " tính cho tổ chức đang kế thừa công việc)")
          @QueryParam("tree")
          String tree) {
    if (org == null || org.isBlank() || period == null || period.isBlank()) {
      throw new ApiException(400, "MISSING_PARAMETER", "Cần tham số org và period.");
    }
    TreeView view = treeView(tree);
    if (!organizations.exists(org)) {
      throw new NoSuchOrganizationException("Không có tổ chức mã \"" + org + "\".");
    }
    RollupResult result =
        rollups.rollup(
            security.getUserPrincipal().getName(),
            org.strip(),
            CalendarPeriod.parse(period.strip().toUpperCase(Locale.ROOT)),
            INDICATORS,
            false,
            view);
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (NodeResult n : result.nodes()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", n.code());
      node.put("name", n.name());
      node.put("kind", n.kind().name());
      node.put("parent", n.parentCode() == null ? "" : n.parentCode());
      node.put("depth", n.depth());
      List<Map<String, Object>> indicators = new ArrayList<>();
      for (IndicatorTotal t : n.indicators()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("code", t.indicatorCode());
        i.put("total", t.total());
        Map<String, Object> bySector = new LinkedHashMap<>();
        Map<String, Object> shares = new LinkedHashMap<>();
        for (Sector s : Sector.values()) {
          bySector.put(s.name(), t.part(s));
          if (t.total() > 0) {
            shares.put(s.name(), VietnameseFormat.percent(t.share(s)));
          }
        }
        i.put("bySector", bySector);
        i.put("shares", shares);
        if (t.plan().isPresent()) {
          i.put("plan", t.plan().getAsLong());
          if (t.percentOfPlan().isDefined()) {
            i.put("percentOfPlan", VietnameseFormat.percent(t.percentOfPlan()));
          }
        }
        indicators.add(i);
      }
      node.put("indicators", indicators);
      Map<String, Object> completeness = new LinkedHashMap<>();
      completeness.put("expected", n.completeness().expected());
      completeness.put("submitted", n.completeness().submitted());
      completeness.put("onTime", n.completeness().onTime());
      node.put("completeness", completeness);
      nodes.add(node);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("organization", org.strip());
    body.put("period", period.strip().toUpperCase(Locale.ROOT));
    body.put("tree", view == TreeView.AS_ORGANIZED_TODAY ? "current" : "then");
    body.put("nodes", nodes);
    return body;
  }

  private static TreeView treeView(String tree) {
    String t = tree == null ? "" : tree.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("then")) {
      return TreeView.AS_IT_STOOD;
    }
    if (t.equals("current")) {
      return TreeView.AS_ORGANIZED_TODAY;
    }
    throw new ApiException(
        400,
        "INVALID_PARAMETER",
        "Tham số tree là then (cơ cấu tổ chức lúc đó) hoặc current (cơ cấu tổ chức hiện nay).");
  }
}

package vn.khoidn.portal.interfaces.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/** The organization tree the user works on. */
@Path("organizations")
public class OrganizationsResource {

  @Inject private AccessPolicy access;
  @Inject private JpaOrganizationRepository organizations;
  @Context private SecurityContext security;

  /**
   * The user's organization and everything under it, as a tree.
   *
   * @return the top organization with its children, recursively
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cây tổ chức của người dùng")
  public Map<String, Object> tree() {
    Actor actor = access.actor(security.getUserPrincipal().getName());
    OrganizationEntity top = organizations.findById(actor.organizationId());
    Map<Long, Map<String, Object>> byId = new HashMap<>();
    Map<String, Object> root = null;
    for (OrganizationEntity o : organizations.subtree(top)) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("code", o.getCode());
      node.put("name", o.getName());
      node.put("kind", o.getKind().name());
      node.put("sector", o.getSector().name());
      node.put("parent", o.getParent() == null ? "" : o.getParent().getCode());
      node.put("established", o.getEstablishedOn() == null ? "" : o.getEstablishedOn().toString());
      node.put("dissolved", o.getDissolvedOn() == null ? "" : o.getDissolvedOn().toString());
      node.put("children", new ArrayList<Map<String, Object>>());
      byId.put(o.getId(), node);
      Map<String, Object> parent = o.getParent() == null ? null : byId.get(o.getParent().getId());
      if (parent == null || o.getId().equals(top.getId())) {
        root = root == null ? node : root;
      } else {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) parent.get("children");
        children.add(node);
      }
    }
    return root;
  }
}

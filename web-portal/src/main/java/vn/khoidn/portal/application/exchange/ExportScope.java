package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/** The organization an export starts from: the one asked for, or the user's own, in scope. */
@ApplicationScoped
public class ExportScope {

  @Inject private AccessPolicy access;
  @Inject private Organizations organizations;

  /** For CDI. */
  protected ExportScope() {}

  /**
   * A scope over its ports, e.g. in memory for a test.
   *
   * @param access who works on what
   * @param organizations the organizations
   */
  public ExportScope(AccessPolicy access, Organizations organizations) {
    this.access = access;
    this.organizations = organizations;
  }

  /**
   * The top of an export.
   *
   * @param actor the user
   * @param orgCode the organization asked for, or null for the user's own
   * @param what what is exported, in Vietnamese ("số liệu", "kế hoạch")
   * @return the organization
   * @throws NoSuchOrganizationException if there is no such organization
   * @throws AccessDeniedException if it is outside the user's scope
   */
  public OrganizationRef top(Actor actor, String orgCode, String what) {
    OrganizationRef top =
        orgCode == null || orgCode.isBlank()
            ? organizations
                .byId(actor.organizationId())
                .orElseThrow(
                    () ->
                        new NoSuchOrganizationException(
                            "Không có tổ chức id " + actor.organizationId() + "."))
            : organizations
                .byCode(orgCode.strip())
                .orElseThrow(
                    () ->
                        new NoSuchOrganizationException(
                            "Không có tổ chức mã \"" + orgCode + "\"."));
    if (!access.covers(actor, top.id())) {
      throw new AccessDeniedException(
          "Bạn không có quyền xem " + what + " của tổ chức " + top.code() + ".");
    }
    return top;
  }

  /**
   * The ids of the top of an export and of everything under it today, read in one statement.
   *
   * @param actor the user
   * @param orgCode the organization asked for, or null for the user's own
   * @param what what is exported, in Vietnamese ("số liệu", "kế hoạch")
   * @return the ids, the top's first
   * @throws NoSuchOrganizationException if there is no such organization
   * @throws AccessDeniedException if it is outside the user's scope
   */
  public List<Long> subtreeIds(Actor actor, String orgCode, String what) {
    OrganizationRef top = top(actor, orgCode, what);
    return organizations.subtree(top.id()).stream().map(OrganizationRef::id).toList();
  }
}

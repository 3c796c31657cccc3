package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/** The organization an export starts from: the one asked for, or the user's own, in scope. */
@ApplicationScoped
public class ExportScope {

  @Inject private AccessPolicy access;
  @Inject private JpaOrganizationRepository organizations;

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
  public OrganizationEntity top(Actor actor, String orgCode, String what) {
    OrganizationEntity top =
        orgCode == null || orgCode.isBlank()
            ? organizations.findById(actor.organizationId())
            : organizations
                .findByCode(orgCode.strip())
                .orElseThrow(
                    () ->
                        new NoSuchOrganizationException(
                            "Không có tổ chức mã \"" + orgCode + "\"."));
    if (!access.covers(actor, top)) {
      throw new AccessDeniedException(
          "Bạn không có quyền xem " + what + " của tổ chức " + top.getCode() + ".");
    }
    return top;
  }
}

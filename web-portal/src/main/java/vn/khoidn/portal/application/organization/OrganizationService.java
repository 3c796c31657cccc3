package vn.khoidn.portal.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationLinkEntity;

/**
 * The administrator's work on the tree: new organizations, moves and dissolutions, each recorded
 * with its date so that roll-ups of past periods keep the tree as it stood then.
 */
@ApplicationScoped
public class OrganizationService {

  @Inject private JpaOrganizationRepository organizations;
  @Inject private AccountService accounts;
  @Inject private AccessPolicy access;

  /**
   * Every organization with its current parent.
   *
   * @param adminName the administrator
   * @return the organizations by code
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganizationRow> all(String adminName) {
    accounts.requireAdmin(adminName);
    return organizations.all().stream().map(OrganizationRow::of).toList();
  }

  /**
   * Creates an organization under a parent.
   *
   * @param command code, name, kind, parent, sector and establishment date
   * @param adminName the administrator
   */
  @Transactional
  public void create(OrganizationRow command, String adminName) {
    accounts.requireAdmin(adminName);
    Organization checked =
        new Organization(
            command.code() == null ? "" : command.code().strip(),
            vn.khoidn.domain.format.NameInput.check(command.name(), "tên tổ chức"),
            command.kind(),
            null,
            vn.khoidn.domain.format.DateInput.check(command.establishedOn(), "ngày thành lập"),
            null);
    if (organizations.findByCode(checked.code()).isPresent()) {
      throw new IllegalArgumentException("Mã tổ chức " + checked.code() + " đã tồn tại.");
    }
    OrganizationEntity parent =
        command.parentCode() == null || command.parentCode().isBlank()
            ? null
            : organizations
                .findByCode(command.parentCode())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "Không có tổ chức cấp trên mã " + command.parentCode() + "."));
    if (parent == null
        && checked.kind() != OrganizationKind.BLOC
        && checked.kind() != OrganizationKind.SUPERIOR_COMMITTEE) {
      throw new IllegalArgumentException("Vui lòng chọn tổ chức cấp trên.");
    }
    organizations.add(
        new OrganizationEntity(
            checked.code(),
            checked.name(),
            checked.kind(),
            command.sector() == null ? Sector.OTHER : command.sector(),
            parent,
            checked.established()));
  }

  /**
   * Moves an organization under another parent from a day on; the old link ends that day.
   *
   * @param code the organization
   * @param newParentCode its new parent
   * @param on the first day under the new parent
   * @param adminName the administrator
   */
  @Transactional
  public void move(String code, String newParentCode, LocalDate on, String adminName) {
    vn.khoidn.domain.format.DateInput.check(on, "ngày chuyển");
    accounts.requireAdmin(adminName);
    if (on == null) {
      throw new IllegalArgumentException("Vui lòng chọn ngày chuyển.");
    }
    OrganizationEntity org = find(code);
    OrganizationEntity parent = find(newParentCode);
    for (OrganizationEntity p = parent; p != null; p = p.getParent()) {
      if (p.getId().equals(org.getId())) {
        throw new IllegalArgumentException(
            "Không thể chuyển " + org.getName() + " về tổ chức trực thuộc chính nó.");
      }
    }
    organizations
        .openLinkOf(org)
        .ifPresent(
            link -> {
              if (link.getValidFrom() != null && !on.isAfter(link.getValidFrom())) {
                throw new IllegalArgumentException(
                    "Ngày chuyển phải sau lần thay đổi trước (" + link.getValidFrom() + ").");
              }
              link.endOn(on);
            });
    org.moveUnder(parent);
    organizations.addLink(new OrganizationLinkEntity(org, parent, on));
  }

  /**
   * Records that an organization was dissolved.
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param adminName the administrator
   */
  @Transactional
  public void dissolve(String code, LocalDate on, String adminName) {
    vn.khoidn.domain.format.DateInput.check(on, "ngày giải thể");
    accounts.requireAdmin(adminName);
    if (on == null) {
      throw new IllegalArgumentException("Vui lòng chọn ngày giải thể.");
    }
    OrganizationEntity org = find(code);
    org.dissolve(on);
    organizations.openLinkOf(org).ifPresent(link -> link.endOn(on));
  }

  /**
   * The user's organization and everything under it, parents before children.
   *
   * @param username any user
   * @return the organizations
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganizationRow> subtreeOf(String username) {
    Actor actor = access.actor(username);
    OrganizationEntity top = organizations.findById(actor.organizationId());
    return organizations.subtree(top).stream().map(OrganizationRow::of).toList();
  }

  /**
   * Whether an organization with this code exists.
   *
   * @param code the code
   * @return true if it does
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(String code) {
    return code != null && organizations.findByCode(code.strip()).isPresent();
  }

  private OrganizationEntity find(String code) {
    return organizations
        .findByCode(code == null ? "" : code)
        .orElseThrow(() -> new IllegalArgumentException("Không có tổ chức mã " + code + "."));
  }
}

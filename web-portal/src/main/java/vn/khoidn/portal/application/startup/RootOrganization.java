package vn.khoidn.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/**
 * The bloc committee at the top of the tree, named in configuration ({@code PORTAL_ROOT_CODE},
 * {@code PORTAL_ROOT_NAME}); the demo tree's committee has the default code {@code DUK}.
 */
@ApplicationScoped
public class RootOrganization {

  @Inject
  @ConfigProperty(name = "portal.root.code", defaultValue = "DUK")
  String code;

  @Inject
  @ConfigProperty(name = "portal.root.name", defaultValue = "Đảng ủy Khối Doanh nghiệp tỉnh")
  String name;

  @Inject private JpaOrganizationRepository organizations;

  /**
   * Creates the bloc committee if it is missing.
   *
   * @return its code
   */
  @Transactional
  public String ensureExists() {
    if (organizations.findByCode(code).isEmpty()) {
      organizations.add(
          new OrganizationEntity(code, name, OrganizationKind.BLOC, Sector.OTHER, null, null));
    }
    return code;
  }
}

package vn.khoidn.portal.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationTreeRepository;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.organization.TreeHistory;

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

  @Inject private Organizations organizations;
  @Inject private OrganizationTreeRepository trees;

  /**
   * Creates the bloc committee if it is missing.
   *
   * @return its code
   */
  @Transactional
  public String ensureExists() {
    if (organizations.byCode(code).isEmpty()) {
      TreeHistory tree = TreeHistory.of(trees.loadForChange());
      tree.add(code, name, OrganizationKind.BLOC, Sector.OTHER, null, null);
      trees.store(tree.events());
    }
    return code;
  }
}

package vn.khoidn.portal.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way the Arquillian tests build their deployment: the portal's WAR exactly as Maven
 * packaged it, plus, for tests that run inside the server, the test helpers they call there.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  /** The packaged portal, for tests that drive it from outside (HTTP, browser). */
  public static WebArchive asPackaged() {
    String path = System.getProperty("portal.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "The packaged WAR is missing (system property portal.war=" + path + "): run mvn verify.");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /**
   * The packaged portal with test helpers, for tests that run inside the server.
   *
   * @param helpers the helper classes the test calls in the server
   * @return the archive
   */
  public static WebArchive withHelpers(Class<?>... helpers) {
    return asPackaged().addClasses(helpers);
  }
}

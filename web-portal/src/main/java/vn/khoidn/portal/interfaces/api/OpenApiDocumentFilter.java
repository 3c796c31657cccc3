package vn.khoidn.portal.interfaces.api;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Makes the document Payara serves at {@code /openapi} a standard OpenAPI document; registered by
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 *
 * <p>Payara Micro 6 writes two things no configuration key turns off (its {@code OpenAPISupplier}
 * and {@code BaseProcessor}): a top-level {@code endpoints} map of context roots to paths, which no
 * OpenAPI version knows, and default server URLs made of the context root, so the portal deployed
 * at "/" is announced as {@code http://host:port/}, whose trailing slash joins every path with a
 * double slash. The filter runs after both (Payara's {@code FilterProcessor} is the last step).
 */
public class OpenApiDocumentFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(OpenApiDocumentFilter.class.getName());

  /** Each server URL without its trailing slashes; a URL of only "/" stays. */
  @Override
  public Server filterServer(Server server) {
    String url = server.getUrl();
    if (url != null) {
      String trimmed = url;
      while (trimmed.length() > 1 && trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      server.setUrl(trimmed);
    }
    return server;
  }

  /**
   * Empties Payara's {@code endpoints} map. It is a field of Payara's own model class (not an
   * extension the API could remove), written only when it is not empty; there is no setter in the
   * MicroProfile model, so it is reached by its public getter. Were Payara to rename it, the
   * document would keep the property and OpenApiContractIT would fail.
   */
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    try {
      Object endpoints = openAPI.getClass().getMethod("getEndpoints").invoke(openAPI);
      if (endpoints instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (NoSuchMethodException e) {
      // Not Payara's model, or a Payara without the property: nothing to remove.
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not remove Payara's endpoints from the OpenAPI document", e);
    }
  }
}

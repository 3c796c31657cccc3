package vn.khoidn.portal.application.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the bloc is ({@code PORTAL_TIME_ZONE}, default Asia/Ho_Chi_Minh): deadlines
 * follow it.
 */
@ApplicationScoped
public class Today {

  @Inject
  @ConfigProperty(name = "portal.time.zone", defaultValue = "Asia/Ho_Chi_Minh")
  String zone;

  /** The current date in the bloc's time zone. */
  public LocalDate date() {
    return LocalDate.now(ZoneId.of(zone));
  }
}

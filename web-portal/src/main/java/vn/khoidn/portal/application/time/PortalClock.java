package vn.khoidn.portal.application.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one clock, in the bloc's time zone ({@code PORTAL_TIME_ZONE}, default
 * Asia/Ho_Chi_Minh): deadlines, "today", "on time" and every date shown follow it, never the JVM's
 * default zone. Nothing else in the portal reads the system clock.
 */
@ApplicationScoped
public class PortalClock {

  /** The zone when none is configured. */
  public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

  @Inject
  @ConfigProperty(name = "portal.time.zone", defaultValue = DEFAULT_ZONE)
  String zoneName;

  private volatile Clock clock;

  /** For CDI. */
  public PortalClock() {}

  /**
   * A clock outside the container, e.g. fixed for a test.
   *
   * @param clock the clock, with its zone
   */
  public PortalClock(Clock clock) {
    this.clock = clock;
  }

  /**
   * The clock.
   *
   * @return the system clock in the bloc's zone
   * @throws IllegalStateException if {@code PORTAL_TIME_ZONE} names no zone
   */
  public Clock clock() {
    Clock c = clock;
    if (c == null) {
      try {
        c = Clock.system(ZoneId.of(zoneName));
      } catch (DateTimeException e) {
        throw new IllegalStateException(
            "PORTAL_TIME_ZONE \""
                + zoneName
                + "\" không phải múi giờ hợp lệ (ví dụ "
                + DEFAULT_ZONE
                + ") / is not a time zone",
            e);
      }
      clock = c;
    }
    return c;
  }

  /** The bloc's time zone. */
  public ZoneId zone() {
    return clock().getZone();
  }

  /** The current date where the bloc is. */
  public LocalDate today() {
    return LocalDate.now(clock());
  }

  /** The current instant. */
  public Instant now() {
    return clock().instant();
  }

  /**
   * The date an instant falls on where the bloc is.
   *
   * @param instant the instant
   * @return its date in the bloc's zone
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone());
  }
}

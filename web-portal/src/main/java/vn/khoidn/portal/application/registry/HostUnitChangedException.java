package vn.khoidn.portal.application.registry;

import java.time.Instant;

/**
 * A host unit was changed by someone else since it was read; nothing was written. The {@link
 * HostUnitRepository} throws it; {@link RegistryService} tells the user in Vietnamese.
 */
public class HostUnitChangedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String updatedBy;
  private final Instant updatedAt;

  /**
   * A conflict.
   *
   * @param code the unit
   * @param updatedBy who changed it, or null if not known
   * @param updatedAt when, or null if not known
   */
  public HostUnitChangedException(String code, String updatedBy, Instant updatedAt) {
    super("Host unit " + code + " changed since it was read");
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  /** Who changed it, or null if not known. */
  public String updatedBy() {
    return updatedBy;
  }

  /** When, or null if not known. */
  public Instant updatedAt() {
    return updatedAt;
  }
}

package vn.khoidn.portal.application.organization;

import java.io.Serializable;
import java.time.LocalDate;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;

/**
 * An organization as a page shows it.
 *
 * @param code the stable code
 * @param name the Vietnamese name
 * @param kind the level in the tree
 * @param sector the host unit's sector
 * @param establishedOn the date it was established, or null if unknown
 */
public record OrganizationView(
    String code, String name, OrganizationKind kind, Sector sector, LocalDate establishedOn)
    implements Serializable {}

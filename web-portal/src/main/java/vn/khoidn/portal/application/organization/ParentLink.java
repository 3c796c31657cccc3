package vn.khoidn.portal.application.organization;

import java.time.LocalDate;

/**
 * One stored parent link of the dated tree: the first link of an organization adds it, later ones
 * are moves.
 *
 * @param childCode the organization
 * @param parentCode its parent while the link is valid
 * @param validFrom the first day of the link, or null since always
 * @param validUntil the first day it no longer holds, or null while it holds
 */
public record ParentLink(
    String childCode, String parentCode, LocalDate validFrom, LocalDate validUntil) {}

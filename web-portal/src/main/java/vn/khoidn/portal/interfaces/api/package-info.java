/**
 * The REST API under {@code /api/v1}: JSON and CSV for integrators and spreadsheet users, HTTP
 * Basic against the portal's users, RFC 9457 problem bodies for every refusal, described by the
 * MicroProfile OpenAPI document at {@code /openapi}.
 */
package vn.khoidn.portal.interfaces.api;

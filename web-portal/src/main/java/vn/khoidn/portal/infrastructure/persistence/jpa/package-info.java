/** JPA entities and the repositories that query them through EclipseLink. */
package vn.khoidn.portal.infrastructure.persistence.jpa;

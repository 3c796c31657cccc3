/** The database: connection settings, the data source, and the schema migrations. */
package vn.khoidn.portal.infrastructure.persistence;

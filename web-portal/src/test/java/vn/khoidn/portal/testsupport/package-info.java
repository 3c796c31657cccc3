/** What the integration tests share: the MariaDB server, the Arquillian deployment, the browser. */
package vn.khoidn.portal.testsupport;

package vn.khoidn.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.portal.testsupport.PortalDeployment;

/**
 * A form's save writes its figures through plain JDBC ({@code JdbcFigureRepository}, {@code
 * FigureVersions}) and its status through JPA, in one transaction: both must be one database
 * connection, or they would commit apart. Checked on the server's own connection id, in both orders
 * the portal uses.
 */
@ExtendWith(ArquillianExtension.class)
class OneConnectionPerTransactionIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Resource UserTransaction transaction;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Test
  void jpaThenJdbcUseOneConnection() throws Exception {
    transaction.begin();
    try {
      long jpa = jpaConnection();
      long jdbc = jdbcConnection();
      long jpaAgain = jpaConnection();
      assertEquals(jpa, jdbc, "JDBC after JPA in one transaction");
      assertEquals(jpa, jpaAgain, "JPA after JDBC in one transaction");
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void jdbcThenJpaUseOneConnection() throws Exception {
    transaction.begin();
    try {
      long jdbc = jdbcConnection();
      long jpa = jpaConnection();
      assertEquals(jdbc, jpa, "JPA after JDBC in one transaction");
    } finally {
      transaction.rollback();
    }
  }

  private long jpaConnection() {
    return ((Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult()).longValue();
  }

  private long jdbcConnection() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT CONNECTION_ID()")) {
      r.next();
      return r.getLong(1);
    }
  }
}

package vn.khoidn.portal.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A data source whose database comes from configuration at run time, so that one WAR runs on the
 * embedded default or on MySQL without being rebuilt. The application server pools its connections
 * ({@code web.xml} declares it as {@code java:app/jdbc/portal}); the schema migration uses it
 * directly.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DatabaseSettings settings;
  private volatile Driver driver;
  private volatile boolean secured;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** Creates a data source that reads its settings from MicroProfile Config on first use. */
  public ConfiguredDataSource() {}

  /**
   * Creates a data source for the given settings.
   *
   * @param settings the database to connect to
   */
  public ConfiguredDataSource(DatabaseSettings settings) {
    this.settings = settings;
  }

  /** The settings this data source connects with. */
  public DatabaseSettings settings() {
    DatabaseSettings current = settings;
    if (current == null) {
      current =
          DatabaseSettings.from(
              ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
      settings = current;
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connect(settings().connectionProperties());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties properties = settings().connectionProperties();
    if (username != null && !username.isEmpty()) {
      properties.setProperty("user", username);
      properties.setProperty("password", password == null ? "" : password);
    }
    return connect(properties);
  }

  private Connection connect(Properties properties) throws SQLException {
    DatabaseSettings current = settings();
    if (!secured) {
      EmbeddedFolder.of(current.url()).ifPresent(EmbeddedFolder::secure);
      secured = true;
    }
    Connection connection = driver(current).connect(current.url(), properties);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepts the URL " + current.describe());
    }
    // Read committed everywhere (web.xml asks the pool for it too): a writer that waited for
    // another's lock then reads what the other wrote, on MySQL as on H2.
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return StatementCount.wrap(connection);
  }

  private Driver driver(DatabaseSettings current) throws SQLException {
    Driver d = driver;
    if (d == null) {
      d =
          switch (current.vendor()) {
            case H2 -> new org.h2.Driver();
            case MYSQL -> new com.mysql.cj.jdbc.Driver();
          };
      driver = d;
    }
    return d;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("This data source logs through its driver.");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}

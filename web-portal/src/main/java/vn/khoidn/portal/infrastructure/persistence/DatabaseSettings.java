package vn.khoidn.portal.infrastructure.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Where the portal keeps its data: the JDBC URL, user and password, read from MicroProfile Config
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD} in the environment).
 *
 * <p>Without a URL the portal uses an embedded H2 database in the folder {@code data/} under the
 * working directory, in MySQL mode so that one set of migrations serves both.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database password, empty for none
 */
public record DatabaseSettings(String url, String user, String password) {

  /** The embedded default, relative to the folder the portal is started from. */
  public static final String EMBEDDED_URL = embeddedUrl("./data");

  private static final String EMBEDDED_OPTIONS =
      ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  static final String URL_KEY = "portal.db.url";
  static final String USER_KEY = "portal.db.user";
  static final String PASSWORD_KEY = "portal.db.password";

  private static final String MYSQL_TABLE_OPTIONS =
      "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

  /** The database products the portal runs on. */
  public enum Vendor {
    /** The embedded default. */
    H2,
    /** MySQL or MariaDB, through MySQL Connector/J. */
    MYSQL
  }

  /** Checks the settings name a database the portal can use. */
  public DatabaseSettings {
    Objects.requireNonNull(url, "The database URL is required.");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    vendorOf(url);
  }

  /**
   * Reads the settings from configuration, falling back to the embedded database.
   *
   * @param config the application's configuration
   * @return the settings in force
   */
  public static DatabaseSettings from(Config config) {
    String url =
        config.getOptionalValue(URL_KEY, String.class).filter(s -> !s.isBlank()).orElse(null);
    if (url == null) {
      return new DatabaseSettings(
          EMBEDDED_URL,
          config.getOptionalValue(USER_KEY, String.class).orElse("portal"),
          config.getOptionalValue(PASSWORD_KEY, String.class).orElse(""));
    }
    return new DatabaseSettings(
        url.trim(),
        config.getOptionalValue(USER_KEY, String.class).orElse(""),
        config.getOptionalValue(PASSWORD_KEY, String.class).orElse(""));
  }

  /**
   * The URL of an embedded database kept in the given folder.
   *
   * @param folder the folder, absolute or relative to the working directory
   * @return an H2 URL in MySQL mode
   */
  public static String embeddedUrl(String folder) {
    return "jdbc:h2:" + folder + "/portal" + EMBEDDED_OPTIONS;
  }

  /** The database product this URL points at. */
  public Vendor vendor() {
    return vendorOf(url);
  }

  /** Whether this is the embedded default. */
  public boolean embedded() {
    return vendor() == Vendor.H2;
  }

  /**
   * The connection properties for the JDBC driver: user, password, and on MySQL UTF-8 and no client
   * certificate taken from the application server's key store. Settings in the URL win.
   */
  public Properties connectionProperties() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    if (vendor() == Vendor.MYSQL) {
      String lower = url.toLowerCase(Locale.ROOT);
      if (!lower.contains("characterencoding=")) {
        properties.setProperty("characterEncoding", "UTF-8");
      }
      if (!lower.contains("connectioncollation=")) {
        properties.setProperty("connectionCollation", "utf8mb4_unicode_ci");
      }
      // A writer waits at most 10 s for another's lock, then is told to try again
      // (WritersBusyException), instead of the server's 50 s with a page hanging.
      if (!lower.contains("sessionvariables=")) {
        properties.setProperty("sessionVariables", "innodb_lock_wait_timeout=10");
      }
      // Imports write figures in JDBC batches: sent as multi-row statements, not one by one.
      if (!lower.contains("rewritebatchedstatements=")) {
        properties.setProperty("rewriteBatchedStatements", "true");
      }
      // Payara points javax.net.ssl.keyStore at its own server certificate; presented as a client
      // certificate during TLS, the database server refuses it. Client certificates must be named.
      if (!lower.contains("fallbacktosystemkeystore=")) {
        properties.setProperty("fallbackToSystemKeyStore", "false");
      }
    }
    return properties;
  }

  /** The Flyway placeholders the migrations use, so that one script serves every vendor. */
  public Map<String, String> migrationPlaceholders() {
    boolean mysql = vendor() == Vendor.MYSQL;
    return Map.of(
        "table_options", mysql ? MYSQL_TABLE_OPTIONS : "",
        "long_text", mysql ? "TEXT" : "VARCHAR(1000000)",
        // A statement prefixed with it runs on MySQL/MariaDB only (on H2 it becomes a comment).
        "mysql_only", mysql ? "" : "-- ");
  }

  /** The URL with any password parameter masked, for log lines. */
  public String describe() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static Vendor vendorOf(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return Vendor.H2;
    }
    if (lower.startsWith("jdbc:mysql:")) {
      return Vendor.MYSQL;
    }
    throw new IllegalArgumentException(
        "PORTAL_DB_URL must be a MySQL/MariaDB URL (jdbc:mysql://host:3306/portal) or an H2 URL,"
            + " was: "
            + url);
  }
}

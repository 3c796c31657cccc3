package vn.khoidn.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts MariaDB before any integration test runs, so that it is up before Arquillian launches
 * Payara Micro, and publishes its URL as the system property {@code portal.it.db.url} that {@code
 * arquillian.xml} passes on. Failsafe switches this on with {@code portal.it.mariadb=start}; unit
 * tests do not start it.
 */
public class IntegrationTestSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if ("start".equals(System.getProperty("portal.it.mariadb"))) {
      MariaDbServer.start();
      System.setProperty("portal.it.db.url", MariaDbServer.portalUrl());
      System.setProperty("portal.it.db.user", MariaDbServer.USER);
      System.setProperty("portal.it.db.password", MariaDbServer.PASSWORD);
      System.setProperty("portal.it.tmpdir", payaraTmpDir());
    }
  }

  /**
   * A temporary folder under target/ for the Payara Micro that Arquillian starts, so /tmp stays
   * clean.
   */
  private static String payaraTmpDir() {
    try {
      return Files.createDirectories(Path.of("target", "payara-tmp").toAbsolutePath()).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if ("start".equals(System.getProperty("portal.it.mariadb"))) {
      MariaDbServer.stop();
    }
  }
}

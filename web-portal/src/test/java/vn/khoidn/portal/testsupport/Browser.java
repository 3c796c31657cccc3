package vn.khoidn.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, from Debian's {@code chromium} and {@code
 * chromium-driver} packages (Maven's pre-integration-test phase installs them). Nothing is
 * downloaded at test time.
 */
public final class Browser {

  private static final String CHROMIUM =
      System.getProperty("portal.it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("portal.it.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  /**
   * Starts a fresh browser with an empty profile and Vietnamese as its language.
   *
   * @return the driver; quit it when done
   */
  public static WebDriver start() {
    return start(null);
  }

  /**
   * The portal's address with the host written as {@code localhost}: Chrome saves plain-HTTP
   * downloads only from a secure origin, and localhost is one.
   *
   * @param base the portal's base URL
   * @return the same address on localhost
   */
  public static String downloadableBase(java.net.URL base) {
    return base.toString().replace(base.getHost(), "localhost");
  }

  /**
   * Starts a fresh browser that saves downloads, without asking, into a folder.
   *
   * @param downloads the folder for downloads, or null for the default
   * @return the driver; quit it when done
   */
  public static WebDriver start(java.nio.file.Path downloads) {
    File chromium = new File(CHROMIUM);
    File driver = new File(CHROMEDRIVER);
    if (!chromium.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "Chromium ("
              + CHROMIUM
              + ") or chromedriver ("
              + CHROMEDRIVER
              + ") is missing: install"
              + " them with apt-get install -y chromium chromium-driver (mvn verify does it as root).");
    }
    File profile;
    try {
      profile = Files.createTempDirectory("chromium-it").toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    profile.deleteOnExit();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--lang=vi",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.getAbsolutePath());
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }
}

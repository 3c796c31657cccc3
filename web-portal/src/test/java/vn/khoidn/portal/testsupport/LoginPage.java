package vn.khoidn.portal.testsupport;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page as a user sees it. */
public final class LoginPage {

  private final WebDriver driver;

  private LoginPage(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Opens the home page, which sends an anonymous visitor to the login page.
   *
   * @param driver the browser
   * @param base the portal's base URL, ending with a slash
   * @return the login page
   */
  public static LoginPage open(WebDriver driver, String base) {
    driver.get(base + "app/home.xhtml");
    wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    return new LoginPage(driver);
  }

  /**
   * Types the credentials and presses the login button.
   *
   * @param username the user name
   * @param password the password
   */
  public void logInAs(String username, String password) {
    driver.findElement(By.id("login:username")).clear();
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    wait(driver)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("greeting")),
                ExpectedConditions.visibilityOfElementLocated(By.id("password-form")),
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error"))));
  }

  /** The error shown above the form, or an empty string if there is none. */
  public String error() {
    return driver.findElements(By.cssSelector(".ui-messages-error")).stream()
        .map(e -> e.getText().trim())
        .findFirst()
        .orElse("");
  }

  /**
   * Waits for up to 30 seconds, the patience of a user on an old laptop.
   *
   * @param driver the browser
   * @return the wait
   */
  public static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Waits until an element has left the page, as it does when a click loads a new page or an update
   * replaces it. Selenium's {@code stalenessOf} asks the element whether it is enabled; when the
   * question arrives while Chromium swaps the document, chromedriver answers with an "unknown
   * error" ("Node with given id does not belong to the document") instead of a stale reference.
   * That answer also means the element is gone.
   *
   * @param driver the browser
   * @param element the element the user's action replaces
   */
  public static void awaitGone(WebDriver driver, WebElement element) {
    wait(driver)
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document")
                    || message.contains("No node with given id")) {
                  return true;
                }
                throw e;
              }
            });
  }
}

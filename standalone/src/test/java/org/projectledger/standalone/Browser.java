package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through its {@code chromedriver}) for
 * the pages' end-to-end tests. Without the browser the tests are skipped on a developer's machine,
 * and fail in CI ({@code CI} set), where {@code .ci/run} installs it. Screenshots go to {@code
 * target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

  private final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** Starts Chromium at 1280 × 900 for the service on this port. */
  static Browser open(int port) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && System.getenv("CI") != null) {
      throw new IllegalStateException(
          "CI needs Chromium and its driver (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        present, "Chromium is not installed: apt-get install chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=en-GB",
        "--window-size=1280,900");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            DOWNLOADS.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    try {
      Files.createDirectories(DOWNLOADS);
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    return new Browser(driver, "http://localhost:" + port);
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(base + path);
  }

  /** Signs in through the page's own form, by keyboard, and waits for the portfolio. */
  void signIn(String user, String password) {
    go("/");
    WebElement name = await(By.id("user"));
    name.sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password + "\n");
    await(By.cssSelector("table#portfolio"));
  }

  WebElement await(By by) {
    return until(
        d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Saves what the browser shows as target/screenshots/{name}.png and answers the file. */
  Path screenshot(String name) {
    Path target = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(target).isNotEmptyFile();
    return target;
  }

  /** Like {@link #screenshot}, of the whole page: the window grows to the page's height for it. */
  Path fullScreenshot(String name) {
    Dimension size = driver.manage().window().getSize();
    long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
    driver
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** The page's console errors so far (a failed script or a CSP refusal shows here). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}

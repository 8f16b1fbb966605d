package vn.toasoan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.toasoan.newsroom.Newsroom;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver named explicitly, so that Selenium
 * never downloads a browser or a driver.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /**
     * The errors the pages opened so far wrote to the console since the last call: scripts that failed, resources that
     * did not load, attributes the browser refused (an invalid {@code pattern}).
     */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Waits for the newsroom's message that what a form sent was done ("Đã lưu"). Chrome, asked while it swaps the page
     * for the one the form returned, may answer "Node with given id does not belong to the document", an error a
     * wait does not take for a stale element.
     */
    public static void awaitDone(WebDriver browser, String message) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                return driver.findElements(By.cssSelector(".nr-flash--ok")).stream()
                        .anyMatch(flash -> flash.getText().contains(message));
            } catch (StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Logs in to the newsroom at the form, as an editor does, and waits for the newsroom's bar. */
    public static void logIn(WebDriver browser, int port, String email) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/toa-soan");
        wait.until(ExpectedConditions.urlContains("/toa-soan/dang-nhap"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Newsroom.PASSWORD);
        browser.findElement(By.cssSelector("form.nr-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nr-user")));
    }

    public static WebDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
                            + " (.ci/run installs them)");
        }
        var options = new ChromeOptions();
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
                "--window-size=412,915",
                "--lang=vi-VN");
        // what the page writes to its console, for the tests that read it (Browser.consoleErrors)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}

package org.lactationclinic.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the waits a PrimeFaces page needs: after every AJAX action the test
 * waits until PrimeFaces' request queue and jQuery are idle before it looks.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path userDataDir;

    private Browser(WebDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Starts Chromium, or skips the test when it is not installed, unless -Dbrowser.required=true (as in .ci/run),
     * where a missing browser fails the build instead of hiding the test.
     */
    static Browser start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException(
                    "Chromium and chromedriver are required: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: browser test skipped");
        Path userDataDir = Files.createTempDirectory("chromium-it");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1366,1000",
                        "--lang=en-GB",
                        "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options), userDataDir);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitForAjax();
    }

    WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Finds by a JSF client id, which contains colons. */
    WebElement byId(String clientId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(clientId)));
    }

    /**
     * Types into a field and checks it took: an AJAX update that re-renders the field while keys arrive (a neighbour's
     * change event, an input mask starting up) can swallow them, so the text is typed again.
     */
    void type(String clientId, String text) {
        for (int attempt = 1; ; attempt++) {
            waitForAjax();
            WebElement input = byId(clientId);
            // select and overwrite, as a user does: clear() would fire a change event of its own
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
            String value = driver.findElement(By.id(clientId)).getAttribute("value");
            if (comparable(value).equals(comparable(text)) || attempt == 3) {
                return;
            }
        }
    }

    /** Letters, digits and the separators of dates and numbers: what is left once masks and suffixes are ignored. */
    private static String comparable(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}:+-]", "").replaceAll("g$", "");
    }

    /**
     * Types into a date picker. The clinic's date pickers open their calendar from the button only, never on focus, so
     * typing leaves the next field uncovered.
     */
    void typeDate(String clientId, String text) {
        type(clientId, text);
        leave(clientId);
    }

    /** Leaves a field as a user tabbing away would, firing its change event, without focusing another. */
    void leave(String clientId) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).blur();", clientId);
        waitForAjax();
    }

    void click(String clientId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
        waitForAjax();
    }

    /**
     * Signs in as a demo account (the demo password) from the sign-in page of the clinic at {@code base}, and waits
     * until the browser has left that page: the one sign-in every browser test shares.
     */
    void signIn(String base, String username) {
        open(base + "login.xhtml");
        type("login:username", username);
        type("login:password", DemoClinic.DEMO_PASSWORD);
        click("login:signIn");
        waitUntil(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForAjax();
    }

    /**
     * Signs the demo consultant in and starts a new draft for the demo clinic's Okafor twins, by the pages she uses:
     * the mother search, the family page, its Start consultation button.
     */
    void startTwinsConsultation(String base) {
        openFamily(base, "Okafor");
        click("overview:startConsultation");
        waitForUrl("consultation/edit.xhtml");
    }

    /** Signs the demo consultant in and opens the family page of the demo clinic's mother of that family name. */
    void openFamily(String base, String familyName) {
        signIn(base, DemoClinic.CONSULTANT_USERNAME);
        waitForUrl("dyad/today.xhtml"); // a consultant's home page
        open(base + "dyad/search.xhtml");
        type("search:name", familyName);
        click("search:go");
        driver.findElement(By.partialLinkText(familyName)).click();
        waitForUrl("dyad/overview.xhtml");
    }

    /**
     * On the care-plan page reached from the sign prompt: writes the note to the mother, saves the plan and signs the
     * consultation, and waits until the consultation page says it is signed.
     */
    void saveThePlanAndSign(String noteToMother) {
        type("plan:noteToMother", noteToMother);
        click("plan:saveAndSign");
        waitForText(".ui-confirm-dialog", "sign the consultation");
        click("plan:confirmYes");
        waitForUrl("consultation/edit.xhtml");
        waitForText("#messages", "Consultation signed");
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
        waitForAjax();
    }

    /** Waits until the condition holds (20 s at most). */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    void waitForText(String cssSelector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Replaces the session cookie with one the server no longer knows, as after an idle timeout. */
    void expireSession(String contextPath) {
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage()
                .addCookie(new Cookie.Builder("JSESSIONID", "expired0000000000000000000000")
                        .path(contextPath)
                        .build());
    }

    /** Sets the window to a screen size, e.g. 1366x768, 1024x768 or 768x1024. */
    void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        waitForAjax();
    }

    /** Makes the window as tall as the page, so the next screenshot shows all of it. */
    void fullPage() {
        fullPage(1366);
    }

    /** Makes the window as tall as the page at the given width. */
    void fullPage(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        Number height =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(width, Math.min(height.intValue() + 40, 6000)));
        waitForAjax();
    }

    /** Saves a full-window PNG under target/screenshots (and returns its path) for a human to look at. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Keeps a picture of the last page, so a failed run shows what the browser saw. */
    @Override
    public void close() throws IOException {
        try {
            Path picture = screenshot("last-page-" + System.currentTimeMillis());
            Files.writeString(Path.of(picture.toString().replace(".png", ".html")), driver.getPageSource());
        } finally {
            driver.quit();
        }
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}

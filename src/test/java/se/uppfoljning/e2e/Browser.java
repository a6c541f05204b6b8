package se.uppfoljning.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver, headless, with a fresh profile each time (a "new browser").
 * Nothing is downloaded: the binaries are named, so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser(String language) {
        try {
            Path profile = Files.createTempDirectory("uf-chrome");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=" + language,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            driver = new ChromeDriver(service, options);
            // This machine has only a loopback interface, so Chromium reports navigator.onLine = false and
            // Vaadin would show its offline page. A real phone or PC is online; tell the page so.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                    "Object.defineProperty(Navigator.prototype, 'onLine', {get: () => true});"));
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean available() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    void open(String url) {
        driver.get(url);
        settle();
    }

    /** Waits until Vaadin has no round trip in flight. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive())")));
    }

    /** As {@link #settle()}, for pages that are not Vaadin's (e.g. the plain 404 page). */
    void settleQuietly() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.Vaadin || !window.Vaadin.Flow"
                        + " || Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive()))")));
    }

    WebElement byId(String id) {
        return wait.until(d -> {
            var list = d.findElements(By.id(id));
            return list.isEmpty() || !list.getFirst().isDisplayed() ? null : list.getFirst();
        });
    }

    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        settle();
    }

    void type(WebElement vaadinField, String text) {
        WebElement input = vaadinField.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        settle();
    }

    String text(String cssSelector) {
        return wait.until(d -> {
            var list = d.findElements(By.cssSelector(cssSelector));
            return list.isEmpty() ? null : list.getFirst().getText();
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the page at phone width (360 px) and desktop width (1280 px). */
    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {360, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                settle();
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in on {@code baseUrl}/login as a demo staff member (password of the demo seed) and waits to leave the login. */
    void signIn(String baseUrl, String username) {
        open(baseUrl + "/login");
        type(byId("vaadinLoginUsername"), username);
        type(byId("vaadinLoginPassword"), "demo-losenord-2026");
        click(driver.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) and returns the serious and critical violations as text. */
    List<String> seriousAccessibilityViolations() {
        // Vaadin's development tools (dev mode only, never shown to real users) are not part of the pages checked.
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude("copilot-main").exclude("vaadin-dev-tools").analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

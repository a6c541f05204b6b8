package se.uppfoljning.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole path in a real browser: a coordinator logs in and invites a school; parents open their links in fresh
 * browsers, answer in Swedish (resuming after closing the tab) and in Arabic (right to left) and submit; axe-core
 * checks every parent page and the login page; screenshots at 360 and 1280 px go to target/screenshots.
 */
@se.uppfoljning.ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndBrowserIT {

    private static final Pattern TOKEN = Pattern.compile("/enkat/([A-Za-z0-9_-]{43})");
    private static final List<String> tokens = new ArrayList<>();
    private static final List<String> axeFindings = new ArrayList<>();

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();

    @BeforeAll
    static void requireBrowser() {
        // On CI the browser is installed by .ci/run; a developer without it gets a skipped test, not a red build.
        assumeTrue(Browser.available() || "true".equals(System.getenv("CI")), "Debian chromium/chromedriver not installed");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    @Order(1)
    void coordinatorLogsInInvitesASchoolAndDownloadsTheLetters() throws Exception {
        try (Browser b = new Browser("sv-SE")) {
            b.open(url("/login"));
            recordAxe(b, "login");
            b.screenshots("login");
            b.type(b.byId("vaadinLoginUsername"), "samordnare");
            b.type(b.byId("vaadinLoginPassword"), "demo-losenord-2026");
            b.click(b.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")));
            b.wait.until(d -> !d.getCurrentUrl().contains("/login"));
            b.open(url("/invitations"));
            b.click(b.byId("invite-create"));
            WebElement download = b.byId("letters-download");
            byte[] pdf = get(download.getAttribute("href"), b.driver.manage().getCookieNamed("JSESSIONID").getValue());
            try (var doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("Enkät till dig som är vårdnadshavare");
                Matcher m = TOKEN.matcher(text.replaceAll("\\s+", ""));
                while (m.find()) {
                    tokens.add(m.group(1));
                }
                assertThat(tokens).hasSize(doc.getNumberOfPages()).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    @Order(2)
    void parentAnswersInSwedishResumesAfterClosingTheTabAndSubmitsOnce() {
        String link = url("/enkat/" + tokens.get(0));
        try (Browser b = new Browser("sv-SE")) {
            b.open(link);
            assertThat(b.driver.getCurrentUrl()).endsWith("/enkat/svar").doesNotContain(tokens.get(0));
            recordAxe(b, "intro");
            b.screenshots("parent-intro");
            b.click(b.byId("lang-sv"));
            fillVisiblePage(b);
            recordAxe(b, "form page 1");
            b.screenshots("parent-form-page1");
            b.click(b.byId("survey-next"));
            assertThat(b.text("#survey-progress-text")).startsWith("Sida 2 av");
        }
        try (Browser b = new Browser("sv-SE")) {
            b.open(link);
            assertThat(b.text("#survey-progress-text")).startsWith("Sida 2 av");
            answerToTheEnd(b);
            assertThat(b.text("h1")).isEqualTo("Tack för dina svar!");
            recordAxe(b, "thanks");
            b.screenshots("parent-thanks");
            b.open(link);
            assertThat(b.driver.getCurrentUrl()).contains("/enkat/stangd");
            assertThat(b.text("h1")).isEqualTo("Tack, dina svar har redan kommit in");
            recordAxe(b, "closed");
            b.screenshots("parent-closed");
        }
    }

    @Test
    @Order(3)
    void parentAnswersInArabicRightToLeft() {
        try (Browser b = new Browser("ar")) {
            b.open(url("/enkat/" + tokens.get(1)));
            b.click(b.byId("lang-ar"));
            assertThat(b.js("return document.documentElement.getAttribute('dir')")).isEqualTo("rtl");
            assertThat(b.js("return document.documentElement.lang")).isEqualTo("ar");
            assertThat(b.driver.findElement(By.cssSelector(".survey-form")).getAttribute("dir")).isEqualTo("rtl");
            recordAxe(b, "arabic form");
            b.screenshots("parent-form-arabic");
            answerToTheEnd(b);
            assertThat(b.text("h1")).isEqualTo("شكرًا على إجاباتك!");
        }
    }

    @Test
    @Order(4)
    void codeEntryPageIsAccessibleAndRejectsWrongCodes() {
        try (Browser b = new Browser("sv-SE")) {
            b.open(url("/enkat"));
            recordAxe(b, "code entry");
            b.screenshots("parent-code");
            WebElement code = b.driver.findElement(By.cssSelector("vaadin-text-field"));
            b.type(code, "AAAA-BBBB-CCCC");
            b.click(b.driver.findElement(By.cssSelector("vaadin-button[theme~='primary']")));
            assertThat(code.getAttribute("invalid")).isNotNull();
        }
    }

    @Test
    @Order(5)
    void evaluatorDownloadsTheEvaluationReport() throws Exception {
        try (Browser b = new Browser("sv-SE")) {
            b.open(url("/login"));
            b.type(b.byId("vaadinLoginUsername"), "utvarderare");
            b.type(b.byId("vaadinLoginPassword"), "demo-losenord-2026");
            b.click(b.driver.findElement(By.cssSelector("vaadin-button[slot='submit']")));
            b.wait.until(d -> !d.getCurrentUrl().contains("/login"));
            b.open(url("/reports"));
            b.click(b.byId("report-pdf"));
            WebElement download = b.byId("report-download");
            assertThat(download.getText()).startsWith("uppfoljning-rapport_").endsWith(".pdf");
            byte[] pdf = get(download.getAttribute("href"), b.driver.manage().getCookieNamed("JSESSIONID").getValue());
            try (var doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(doc.getNumberOfPages()).isGreaterThan(2);
                assertThat(text).contains("Utvärderingsrapport", "Räckvidd", "Föräldraenkäter", "Fokusgrupper");
            }
        }
    }

    @Test
    @Order(6)
    void noSeriousOrCriticalAccessibilityViolations() {
        assertThat(axeFindings).isEmpty();
    }

    private void recordAxe(Browser b, String page) {
        b.seriousAccessibilityViolations().forEach(v -> axeFindings.add(page + ": " + v));
    }

    private static void answerToTheEnd(Browser b) {
        for (int i = 0; i < 20; i++) {
            fillVisiblePage(b);
            var next = b.driver.findElements(By.id("survey-next"));
            if (!next.isEmpty() && next.getFirst().isDisplayed()) {
                b.click(next.getFirst());
            } else {
                b.click(b.byId("survey-submit"));
                return;
            }
        }
        throw new AssertionError("The form did not end");
    }

    /** Answers every visible, still empty question on the current page the way a person would. */
    static void fillVisiblePage(Browser b) {
        for (int round = 0; round < 10; round++) {
            boolean changed = false;
            for (WebElement group : b.driver.findElements(By.cssSelector(".survey-page:not([hidden]) vaadin-radio-group"))) {
                if (group.isDisplayed() && group.getAttribute("has-value") == null) {
                    List<WebElement> radios = group.findElements(By.cssSelector("vaadin-radio-button input"));
                    b.click(radios.get(Math.min(1, radios.size() - 1)));
                    changed = true;
                }
            }
            for (WebElement field : b.driver.findElements(By.cssSelector(".survey-page:not([hidden]) vaadin-text-field"))) {
                if (field.isDisplayed() && field.getAttribute("has-value") == null) {
                    boolean number = "decimal".equals(field.getAttribute("inputmode"));
                    if (number) {
                        // what a phone reads to choose its keyboard is the input's own attribute, not the host's
                        assertThat(field.findElement(By.cssSelector("input")).getAttribute("inputmode"))
                                .as("number keyboard on phones").isEqualTo("decimal");
                    }
                    b.type(field, number ? "10" : "Svar");
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private static byte[] get(String href, String sessionId) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}

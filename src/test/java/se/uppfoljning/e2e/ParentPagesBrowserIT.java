package se.uppfoljning.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.ServerTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.db.EmbeddedMariaDb;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.security.ParentLinks;

/**
 * Every parent page in a real browser (issue #13), in every shipped language (Swedish, English, Arabic, Somali,
 * Persian and Tigrinya, issue #15), each at a 320 px and a 360 px phone and
 * at 1280 px with 200 % zoom (a 640 CSS px viewport at device scale 2): axe-core finds nothing serious, nothing
 * scrolls sideways, field labels are never cut off, and after Next the page is at the top with focus on the new
 * page's heading. Then the database is stopped: the link, the code page and a reload of the answer page show
 * the calm "try again in a moment" page (never the staff login, never a stack trace), and reloading after the
 * restart opens the questionnaire.
 */
@ServerTest
class ParentPagesBrowserIT {

    /** Width, height (CSS px) and device scale: the narrowest phone, a common 360 px phone, 1280 px at 200 %. */
    private static final int[][] VIEWPORTS = {{320, 640, 1}, {360, 740, 1}, {640, 450, 2}};
    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa");

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();
    @Autowired
    InvitationService invitations;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    EmbeddedMariaDb db;

    private final List<String> findings = new ArrayList<>();

    @BeforeAll
    static void requireBrowser() {
        assumeTrue(Browser.available() || "true".equals(System.getenv("CI")), "Debian chromium/chromedriver not installed");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void everyParentPageWorksOnAPhoneAndAtDoubleZoomInEachLanguage() {
        String[] languages = {"sv", "en", "ar", "so", "fa", "ti"};
        List<CreatedInvitation> created = invite(languages.length);
        for (int i = 0; i < languages.length; i++) {
            String lang = languages[i];
            try (Browser b = new Browser(lang)) {
                phone(b);
                b.open(url("/enkat/" + ParentLinks.token(created.get(i))));
                check(b, lang + " intro");
                b.click(b.byId("lang-" + lang));
                assertThat(b.js("return document.documentElement.lang")).isEqualTo(lang);
                assertThat(b.js("return document.documentElement.dir")).isEqualTo(RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr");
                assertThat(b.driver.getTitle()).isEqualTo(b.text("h1"));
                for (int page = 1; page <= 20; page++) {
                    check(b, lang + " form page " + page);
                    assertThat(clippedLabels(b)).as(lang + " page " + page + ": labels cut off").isEmpty();
                    EndToEndBrowserIT.fillVisiblePage(b);
                    var next = b.driver.findElements(By.id("survey-next"));
                    if (next.isEmpty() || !next.getFirst().isDisplayed()) {
                        break;
                    }
                    b.js("window.scrollTo(0, document.body.scrollHeight)");
                    b.click(next.getFirst());
                    b.wait.until(d -> "survey-page-title".equals(b.js("return document.activeElement && document.activeElement.id")));
                    assertThat(((Number) b.js("return window.scrollY")).intValue()).as("scrolled to the top").isZero();
                }
                b.click(b.byId("survey-submit"));
                assertThat(b.text("h1")).isEqualTo(Translations.translate("enquiries.answer.thanks.title", Locale.forLanguageTag(lang)));
                check(b, lang + " thanks");
                b.open(url("/enkat/" + ParentLinks.token(created.get(i))));
                check(b, lang + " closed");
                b.open(url("/enkat"));
                assertThat(b.js("return document.documentElement.lang")).isEqualTo(lang);
                check(b, lang + " code");
                b.open(url("/enkat/svar"));
                assertThat(b.text("h1")).isEqualTo(Translations.translate("enquiries.session-ended.title", Locale.forLanguageTag(lang)));
                check(b, lang + " session ended");
                b.driver.get(url("/enkat/finns-inte"));
                check(b, lang + " not found");
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void duringADatabaseOutageTheLinkTheCodePageAndAReloadShowTheCalmPage() throws Exception {
        List<CreatedInvitation> created = invite(3);
        String unavailable = Translations.translate("enquiries.unavailable.title", Translations.SWEDISH);
        try (Browser reader = new Browser("sv-SE"); Browser linkOpener = new Browser("sv-SE");
             Browser codeTyper = new Browser("ar")) {
            reader.open(url("/enkat/" + ParentLinks.token(created.get(0))));
            reader.click(reader.byId("lang-sv"));
            codeTyper.open(url("/enkat"));
            db.stopServer();
            try {
                Instant start = Instant.now();
                reader.open(url("/enkat/svar"));
                assertThat(reader.text("h1")).isEqualTo(unavailable);
                assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
                assertThat(reader.driver.getPageSource()).doesNotContain("Exception").doesNotContain("at se.uppfoljning");

                linkOpener.open(url("/enkat/" + ParentLinks.token(created.get(1))));
                assertThat(linkOpener.driver.getCurrentUrl()).endsWith("/enkat/svar").doesNotContain("login");
                assertThat(linkOpener.text("h1")).isEqualTo(unavailable);

                WebElement code = codeTyper.byId("code-input");
                codeTyper.type(code, created.get(2).code());
                codeTyper.click(codeTyper.byId("code-open"));
                assertThat(code.getAttribute("invalid")).isNotNull();
                assertThat(code.getDomProperty("errorMessage"))
                        .isEqualTo(Translations.translate("enquiries.unavailable.text", Locale.forLanguageTag("ar")));
            } finally {
                db.restartServer();
            }
            linkOpener.open(url("/enkat/svar"));
            assertThat(linkOpener.byId("lang-sv").isDisplayed()).isTrue();
            reader.open(url("/enkat/svar"));
            assertThat(reader.byId("survey-page-title").isDisplayed()).isTrue();
        }
    }

    /** axe-core and the no-sideways-scroll check at both viewports. */
    private void check(Browser b, String page) {
        for (int[] v : VIEWPORTS) {
            b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", v[0], "height", v[1],
                    "deviceScaleFactor", v[2], "mobile", v[0] < 400));
            b.settleQuietly();
            String where = page + " at " + v[0] + " CSS px x" + v[2];
            Number scrollWidth = (Number) b.js("return document.documentElement.scrollWidth");
            Number innerWidth = (Number) b.js("return window.innerWidth");
            if (scrollWidth.intValue() > innerWidth.intValue()) {
                findings.add(where + ": scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
            }
            b.seriousAccessibilityViolations().forEach(f -> findings.add(where + ": " + f));
        }
        phone(b);
    }

    private static void phone(Browser b) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640,
                "deviceScaleFactor", 1, "mobile", true));
    }

    /** Fields whose label (or the label's container in the shadow DOM) is narrower than its text: cut off. */
    @SuppressWarnings("unchecked")
    private static List<String> clippedLabels(Browser b) {
        return (List<String>) b.js("""
                const bad = [];
                for (const f of document.querySelectorAll('.survey-page vaadin-text-field, .survey-page vaadin-text-area,'
                        + ' .survey-page vaadin-date-picker, .survey-page vaadin-radio-group')) {
                  if (!f.offsetParent) continue;
                  const part = f.shadowRoot && f.shadowRoot.querySelector('[part="label"]');
                  const label = f.querySelector(':scope > label');
                  for (const el of [part, label]) {
                    if (el && el.offsetParent && el.scrollWidth > el.clientWidth + 1) bad.push(f.id + ': ' + el.textContent);
                  }
                }
                return bad;""");
    }

    /** In Nordväst: the staff browser test invites a school of Söder and expects no live invitation there. */
    private List<CreatedInvitation> invite(int count) {
        return ParentLinks.invitations(invitations, reference, users, "samordnare.nv", DemoProperties.PROJECT_NORTHWEST,
                count);
    }
}

package se.uppfoljning.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.ServerTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.IssuedPupilCode;
import se.uppfoljning.enquiries.PupilCodeService;
import se.uppfoljning.enquiries.Wave;

/**
 * Issue #16: a pupil answers START on a 360 px phone against the production jar, in Swedish and in Arabic, one
 * question per screen: axe-core finds nothing serious or critical on any screen, nothing scrolls sideways, every
 * answer row is at least 44 px high, and the read-aloud button is shown exactly when the browser has a voice for
 * the language. A used code then gets the calm page in the pupil's language.
 */
@ServerTest
class PupilPagesBrowserIT {

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();
    @Autowired
    PupilCodeService codes;
    @Autowired
    InvitationService invitations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    private final List<String> findings = new ArrayList<>();

    @BeforeAll
    static void requireBrowser() {
        assumeTrue(Browser.available() || "true".equals(System.getenv("CI")), "Debian chromium/chromedriver not installed");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPupilAnswersStartOnAPhoneInSwedishAndArabic() {
        for (String lang : List.of("sv", "ar")) {
            String code = issueCode().code();
            try (Browser b = new Browser(lang)) {
                phone(b);
                b.open(url("/elev"));
                assertThat(b.js("return document.documentElement.lang")).isEqualTo(lang);
                check(b, lang + " code page");
                b.type(b.byId("pupil-code"), code);
                b.click(b.byId("pupil-open"));
                check(b, lang + " intro");
                b.click(b.byId("pupil-start"));
                assertThat(b.js("return document.documentElement.dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
                assertReadAloudFollowsVoices(b, lang);
                for (int screen = 1; screen <= 30 && b.driver.findElements(By.id("pupil-choice")).stream()
                        .anyMatch(WebElement::isDisplayed); screen++) {
                    check(b, lang + " question " + screen);
                    List<WebElement> rows = b.driver.findElements(By.cssSelector("#pupil-choice vaadin-radio-button"));
                    for (WebElement row : rows) {
                        assertThat(row.getRect().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
                    }
                    b.click(rows.get(screen % 2 == 0 ? rows.size() - 1 : 0));
                    b.click(b.byId("pupil-next"));
                }
                check(b, lang + " ready");
                b.click(b.byId("pupil-send"));
                assertThat(b.text("h1")).isEqualTo(Translations.translate("pupils.answer.thanks.title", Locale.forLanguageTag(lang)));
                check(b, lang + " thanks");

                b.open(url("/elev"));
                b.type(b.byId("pupil-code"), code);
                b.click(b.byId("pupil-open"));
                assertThat(b.text("#pupil-closed")).isEqualTo(Translations.translate("pupils.closed.used", Locale.forLanguageTag(lang)));
                check(b, lang + " closed");
            }
        }
        assertThat(findings).isEmpty();
    }

    /** The read-aloud box is visible exactly when the browser has a voice whose language matches the page's. */
    private static void assertReadAloudFollowsVoices(Browser b, String lang) {
        b.wait.until(d -> b.driver.findElements(By.cssSelector(".pupil-read-aloud")).size() == 1);
        Boolean hasVoice = (Boolean) b.js("return !!window.speechSynthesis && speechSynthesis.getVoices()"
                + ".some(v => (v.lang || '').toLowerCase().split(/[-_]/)[0] === arguments[0])", lang);
        Boolean hidden = (Boolean) b.js("return document.querySelector('.pupil-read-aloud').hidden");
        assertThat(hidden).as("read-aloud hidden without a " + lang + " voice").isEqualTo(!hasVoice);
    }

    private void check(Browser b, String page) {
        b.settleQuietly();
        Number scrollWidth = (Number) b.js("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) b.js("return window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            findings.add(page + ": scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
        }
        b.seriousAccessibilityViolations().forEach(f -> findings.add(page + ": " + f));
    }

    private static void phone(Browser b) {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740,
                "deviceScaleFactor", 1, "mobile", true));
    }

    private IssuedPupilCode issueCode() {
        TestLogin.login(users, "samordnare");
        try {
            long caseId = invitations.activeCaseIds(null, null).stream()
                    .filter(id -> jdbc.sql("SELECT COUNT(*) FROM enquiry_pupil_consent WHERE case_id = ?").param(id)
                            .query(Integer.class).single() == 0)
                    .findFirst().orElseThrow();
            codes.recordConsent(caseId, Wave.START, true, true);
            return codes.issue(caseId, Wave.START);
        } finally {
            TestLogin.logout();
        }
    }
}

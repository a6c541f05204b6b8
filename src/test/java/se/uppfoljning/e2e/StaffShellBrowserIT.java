package se.uppfoljning.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The staff header at 320 px (issue #13, item 24): every header control stays on screen, nothing scrolls sideways,
 * /absence's help text wraps; after navigation focus is on the view's heading, and the skip link (the header's
 * first control) takes a keyboard user there (item 28).
 */
@se.uppfoljning.ServerTest
class StaffShellBrowserIT {

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();

    @BeforeAll
    static void requireBrowser() {
        assumeTrue(Browser.available() || "true".equals(System.getenv("CI")), "Debian chromium/chromedriver not installed");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void headerReflowsAt320PxAndFocusLandsOnTheHeading() {
        try (Browser b = new Browser("sv-SE")) {
            b.signIn(url(""), "samordnare");
            b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640,
                    "deviceScaleFactor", 1, "mobile", true));
            for (String path : List.of("/cases", "/absence")) {
                b.open(url(path));
                Object offScreen = b.js("const w = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('.app-navbar vaadin-button, .app-navbar vaadin-select')]"
                        + ".filter(e => e.offsetParent !== null && !e.classList.contains('skip-link'))"
                        + ".filter(e => { const r = e.getBoundingClientRect(); return r.right > w + 1 || r.left < -1; })"
                        + ".map(e => e.textContent.trim() || e.id);");
                assertThat((List<?>) offScreen).as("header controls off-screen on " + path).isEmpty();
                Object sideways = b.js("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
                assertThat(sideways).as("horizontal scroll on " + path).isEqualTo(false);
                try {
                    b.wait.until(d -> "main-content".equals(b.js("return document.activeElement && document.activeElement.id;")));
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError("focus on " + path + ": " + b.js("const a = document.activeElement;"
                            + "const h = document.getElementById('main-content');"
                            + "return (a ? a.tagName + '#' + a.id + '.' + a.className : 'none') + ' heading='"
                            + " + (h ? h.tagName + ' tabindex=' + h.getAttribute('tabindex') + ' visible=' + (h.offsetParent !== null) : 'none');"), e);
                }
            }
            // The skip link is the first control of the header (the header comes first in the tab order) and
            // takes keyboard users to the view's heading.
            assertThat(b.js("return document.querySelector('.app-navbar').firstElementChild.classList.contains('skip-link');"))
                    .isEqualTo(true);
            b.js("document.querySelector('.skip-link').focus();");
            assertThat(b.js("return document.activeElement.classList.contains('skip-link');")).isEqualTo(true);
            b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            b.settle();
            b.wait.until(d -> "main-content".equals(b.js("return document.activeElement && document.activeElement.id;")));
        }
    }
}

package se.uppfoljning.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every staff page in a real browser (issue #13, "runs axe plus a no-horizontal-scroll check on every parent and
 * staff page at 320 px and at 1280 px with 200 % zoom"), signed in as the role that uses it, in Swedish and
 * English: at a 320 px phone and at a 640 CSS px viewport at device scale 2 (1280 px at 200 %), axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation and the page does not scroll sideways (a grid may scroll inside
 * itself; the page may not). All findings of a language are reported together.
 */
@se.uppfoljning.ServerTest
class StaffPagesBrowserIT {

    private static final int[][] VIEWPORTS = {{320, 640, 1}, {640, 450, 2}};
    /** Who opens which pages: the demo staff of {@code security.DemoStaff}. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "samordnare", List.of("/", "/cases", "/case/0", "/absence", "/absence/completeness", "/ratings",
                    "/invitations", "/invitations/paper", "/focus-groups", "/focus-group/0", "/password"),
            "utvarderare", List.of("/reports"),
            "admin-demo", List.of("/admin/staff", "/admin/reference", "/admin/audit", "/templates"));

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();

    @BeforeAll
    static void requireBrowser() {
        assumeTrue(Browser.available() || "true".equals(System.getenv("CI")), "Debian chromium/chromedriver not installed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv-SE", "en-GB"})
    void everyStaffPageIsAccessibleAndReflows(String language) {
        String base = "http://localhost:" + port;
        List<String> findings = new ArrayList<>();
        int checked = 0;
        for (var user : PAGES.entrySet()) {
            try (Browser b = new Browser(language)) {
                b.signIn(base, user.getKey());
                for (String path : user.getValue()) {
                    b.open(base + path);
                    assertThat(b.driver.getCurrentUrl()).as(user.getKey() + " opens " + path).doesNotContain("/login");
                    for (int[] v : VIEWPORTS) {
                        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", v[0],
                                "height", v[1], "deviceScaleFactor", v[2], "mobile", v[0] < 400));
                        b.settleQuietly();
                        String where = language + " " + path + " at " + v[0] + " CSS px x" + v[2];
                        Number scrollWidth = (Number) b.js("return document.documentElement.scrollWidth");
                        Number innerWidth = (Number) b.js("return window.innerWidth");
                        if (scrollWidth.intValue() > innerWidth.intValue()) {
                            findings.add(where + ": scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
                        }
                        b.seriousAccessibilityViolations().forEach(f -> findings.add(where + ": " + f));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * PAGES.values().stream().mapToInt(List::size).sum());
        assertThat(findings).as("staff pages with findings").isEmpty();
    }
}

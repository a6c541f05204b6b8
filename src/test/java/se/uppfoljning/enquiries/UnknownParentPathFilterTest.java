package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UnknownParentPathFilterTest {

    private final UnknownParentPathFilter filter = new UnknownParentPathFilter();

    private MockHttpServletResponse get(String path, String acceptLanguage, Cookie... cookies) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void unknownParentPathsGetARealNotFoundPageInTheParentsLanguage() throws Exception {
        MockHttpServletResponse sv = get("/enkat/finns-inte", null);
        assertThat(sv.getStatus()).isEqualTo(404);
        assertThat(sv.getContentAsString()).contains("lang=\"sv\"").contains("Sidan finns inte").contains("href=\"/enkat\"");
        MockHttpServletResponse ar = get("/enkat/svar/extra", "ar,en;q=0.5");
        assertThat(ar.getStatus()).isEqualTo(404);
        assertThat(ar.getContentAsString()).contains("lang=\"ar\" dir=\"rtl\"").contains("الصفحة غير موجودة");
        assertThat(get("/enkat/abc", "sv", new Cookie("uf-sprak", "en")).getContentAsString()).contains("Page not found");
    }

    /**
     * The page is served without Vaadin, so without the Lumo theme whose variables {@code styles.css} uses: it brings
     * those variables and a readable base (font, line height, link colour) itself, or a parent who mistyped a link
     * sees the browser's bare serif page (found at 360 px, 2026-12-02).
     */
    @Test
    void theNotFoundPageIsStyledWithoutTheVaadinTheme() throws Exception {
        for (String path : new String[] {"/enkat/D9RP-DGS9-YM55", "/elev/x"}) {
            String html = get(path, null).getContentAsString();
            String head = html.substring(0, html.indexOf("</head>"));
            assertThat(head).as(path).contains("<style>").contains("--lumo-space-m:").contains("--lumo-font-size-xl:")
                    .contains("font-family:").contains("line-height:");
            assertThat(head.indexOf("<style>")).as("own base first, styles.css may refine it")
                    .isLessThan(head.indexOf("styles.css"));
        }
    }

    @Test
    void unknownPupilPathsGetARealNotFoundPageBackToThePupilCodePage() throws Exception {
        for (String path : new String[] {"/elev/finns-inte", "/elev/svar/extra", "/elev/" + "a".repeat(43),
                "/elev/stangd/"}) {
            MockHttpServletResponse sv = get(path, null);
            assertThat(sv.getStatus()).as(path).isEqualTo(404);
            assertThat(sv.getContentAsString()).as(path).contains("lang=\"sv\"").contains("Sidan finns inte")
                    .contains("href=\"/elev\"").contains("Skriv en annan kod").doesNotContain("/enkat");
        }
        assertThat(get("/elev/x", "ar").getContentAsString()).contains("dir=\"rtl\"").contains("اكتب رمزًا آخر");
        assertThat(get("/elev/x", null, new Cookie("uf-sprak", "en")).getContentAsString()).contains("Page not found")
                .contains("Type another code");
    }

    @Test
    void knownParentPagesAndLinkTokensPassThrough() throws Exception {
        for (String path : new String[] {"/enkat", "/enkat/", "/enkat/svar", "/enkat/stangd", "/enkat/" + "a".repeat(43),
                "/elev", "/elev/", "/elev/svar", "/elev/stangd", "/elevkod", "/login", "/VAADIN/x.js"}) {
            MockHttpServletResponse response = get(path, null);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path).isEmpty();
        }
    }
}

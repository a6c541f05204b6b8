package se.uppfoljning.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;

/**
 * Issue #13 item 26: after the staff language switch (session locale, then a reload) {@code <html lang>} says
 * the page's language, on the login page and on every page of the main layout.
 */
class DocumentLanguageTest extends KaribuTest {

    @Test
    void staffPagesSetTheDocumentLanguageToTheChosenOne() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        login("samordnare");
        UI.getCurrent().navigate("");
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("document.documentElement.lang = $0").contains("[en]"));
    }

    private static java.util.List<String> pendingJs() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression() + " " + js.getInvocation().getParameters()).toList();
    }
}

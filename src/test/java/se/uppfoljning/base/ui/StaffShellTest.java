package se.uppfoljning.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;

/** The staff shell in Swedish: skip link, focus on the view's heading after navigation, Swedish dates (issue #13). */
class StaffShellTest extends KaribuTest {

    @Test
    void everyNavigationMarksTheNewViewsHeadingAsTheSkipLinkTarget() {
        login("samordnare");
        UI.getCurrent().navigate("cases");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.skipLink.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(layout.toggle.getAriaLabel()).contains("Visa eller dölj menyn");
        assertThat(layout.getI18n().getDrawer()).isEqualTo("Meny");
        Element heading = layout.mainHeading().orElseThrow();
        assertThat(heading.getAttribute("id")).isEqualTo(MainLayout.MAIN_ID);
        assertThat(heading.getAttribute("tabindex")).isEqualTo("-1");

        UI.getCurrent().navigate("absence");
        Element next = _get(MainLayout.class).mainHeading().orElseThrow();
        assertThat(next).isNotSameAs(heading);
        assertThat(next.getAttribute("id")).isEqualTo(MainLayout.MAIN_ID);
        assertThat(next.getText()).isEqualTo(((HasDynamicTitle) UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                .getFirst()).getPageTitle());
    }

    @Test
    void datePickersSpeakSwedishAndExplainTheFormat() {
        login("samtalsledare");
        UI.getCurrent().navigate("ratings");
        DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("Datum"));
        DatePicker.DatePickerI18n i18n = to.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("januari").endsWith("december");
        assertThat(i18n.getWeekdays()).first().isEqualTo("söndag");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Idag");
        assertThat(i18n.getCancel()).isEqualTo("Avbryt");
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd", "yyyyMMdd");
        assertThat(i18n.getBadInputErrorMessage()).contains("ÅÅÅÅ-MM-DD");
        assertThat(to.getHelperText()).contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void englishDatePickersSpeakEnglish() {
        DatePicker.DatePickerI18n i18n = DateField.i18n(Locale.ENGLISH, (key, args) -> key);
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getWeekdaysShort()).isEqualTo(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
    }
}

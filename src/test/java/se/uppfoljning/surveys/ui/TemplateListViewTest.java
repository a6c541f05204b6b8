package se.uppfoljning.surveys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.surveys.TemplateListItem;

class TemplateListViewTest extends KaribuTest {

    @Test
    void listsTemplatesAndOutlinesTheSelectedOneInTheChosenLanguage() {
        login("samordnare");
        TemplateListView view = navigate(TemplateListView.class);

        List<String> ids = view.grid.getListDataView().getItems().map(TemplateListItem::id).toList();
        assertThat(GridKt._size(view.grid)).isEqualTo(ids.size());
        assertThat(ids).contains("parent-enquiry-start", "parent-enquiry-end", "staff-rating-form", "focus-group-guide");
        int row = ids.indexOf("parent-enquiry-start");
        assertThat(GridKt._getFormatted(view.grid, row, "id")).isEqualTo("parent-enquiry-start");
        assertThat(GridKt._getFormatted(view.grid, row, "version")).isEqualTo("1");
        assertThat(GridKt._getFormatted(view.grid, row, "kind")).isEqualTo("Enkät till vårdnadshavare");
        assertThat(GridKt._getFormatted(view.grid, row, "waves")).isEqualTo("Start");
        assertThat(GridKt._getFormatted(view.grid, row, "languages")).isEqualTo("Svenska (sv),"
                + " Engelska (en) – ej granskad av modersmålstalare, Arabiska (ar) – ej granskad av modersmålstalare,"
                + " Persiska (fa) – ej granskad av modersmålstalare, Somaliska (so) – ej granskad av modersmålstalare,"
                + " Tigrinja (ti) – ej granskad av modersmålstalare");
        assertThat(GridKt._getFormatted(view.grid, row, "questions")).isEqualTo("14");
        assertThat(GridKt._getFormatted(view.grid, row, "file")).isEqualTo("parent-enquiry-start.yaml");
        assertThat(GridKt._getFormatted(view.grid, ids.indexOf("staff-rating-form"), "waves"))
                .isEqualTo("Start, Löpande, Slut");
        TemplateListItem start = view.grid.getListDataView().getItems()
                .filter(t -> t.id().equals("parent-enquiry-start")).findFirst().orElseThrow();
        view.grid.select(start);

        assertThat(view.language.getValue()).isEqualTo("sv");
        String swedish = view.outline.getElement().getTextRecursively();
        assertThat(swedish).contains("Enkät till vårdnadshavare – när insatsen börjar", "Ert barns skolgång just nu",
                "Hur ofta var ert barn i skolan under den senaste månaden?", "Analysnyckel attendance-frequency",
                "Obligatorisk", "Visas om bup-contact-last-year besvaras med yes", "Matris", "Analysnyckel support-bup",
                "Ingen analysnyckel (fritext)");
        assertThat(view.outline.getElement().getAttribute("dir")).isEqualTo("ltr");

        view.language.setValue("ar");
        assertThat(view.outline.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(view.outline.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(view.outline.getElement().getTextRecursively()).contains("استبيان لأولياء الأمور – عند بداية الدعم")
                .contains("Analysnyckel attendance-frequency");

        view.language.setValue("en");
        assertThat(view.outline.getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(view.outline.getElement().getTextRecursively()).contains("Your child's schooling right now");
    }

    @Test
    void facilitatorsCannotOpenTheTemplateList() {
        login("samtalsledare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(TemplateListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(TemplateListView.class);
    }
}

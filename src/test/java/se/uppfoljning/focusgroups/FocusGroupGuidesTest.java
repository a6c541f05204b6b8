package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import se.uppfoljning.surveys.LocalizedText;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/** Guides come from the template catalog when there is one; without it the service still works. */
class FocusGroupGuidesTest {

    private static SurveyTemplate template(String id, TemplateKind kind) {
        Question q = new Question("q1", QuestionType.LONG_TEXT, LocalizedText.of("Hur gick det?"), null, false, null,
                null, false, null, null, null, null, null, null, 4000);
        Section s = new Section("cooperation", new LocalizedText(Map.of("sv", "Samverkan", "en", "Cooperation")),
                null, List.of(q));
        return new SurveyTemplate(id, 1, kind, Set.of("PERIODIC"), List.of("sv", "en"), LocalizedText.of(id), null,
                List.of(s), id + ".yaml", "0".repeat(64));
    }

    private static FocusGroupService service(TemplateCatalog catalog) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (catalog != null) {
            beans.registerSingleton("templateCatalog", catalog);
        }
        return new FocusGroupService(null, null, null, beans.getBeanProvider(TemplateCatalog.class), null, null,
                Clock.systemUTC());
    }

    @Test
    void offersOnlyFocusGroupGuidesOfTheCatalog() {
        FocusGroupService service = service(new TemplateCatalog(List.of(
                template("focus-group-guide", TemplateKind.FOCUS_GROUP_GUIDE),
                template("staff-rating-form", TemplateKind.RATING_FORM))));
        assertThat(service.guides()).extracting(GuideOption::templateId).containsExactly("focus-group-guide");
        assertThat(service.guideThemes("focus-group-guide", 1)).extracting(t -> t.theme().key())
                .containsExactly("guide:cooperation", "other");
        assertThat(service.guideThemes("staff-rating-form", 1)).extracting(t -> t.theme().key())
                .containsExactly("other");
    }

    @Test
    void withoutACatalogThereAreNoGuidesAndThemesAreTyped() {
        FocusGroupService service = service(null);
        assertThat(service.guides()).isEmpty();
        assertThat(service.guideThemes("focus-group-guide", 1)).extracting(t -> t.theme().key())
                .containsExactly("other");
    }
}

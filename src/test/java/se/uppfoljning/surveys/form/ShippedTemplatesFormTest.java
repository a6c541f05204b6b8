package se.uppfoljning.surveys.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.AnswerRecord;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;

/** Every shipped template renders, can be filled page by page (show-if branches opened) and stores its keys. */
class ShippedTemplatesFormTest extends KaribuTest {

    @Autowired
    TemplateCatalog catalog;
    @Autowired
    ResponseService responses;

    @Test
    void eachShippedTemplateIsFilledThroughTheFormAndStoredWithVersionAndAnalysisKeys() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(4);
        long caseId = 900_000L;
        for (SurveyTemplate template : catalog.all()) {
            for (String language : template.languages()) {
                SurveyForm form = new SurveyForm(template, language, Answers.empty());
                UI.getCurrent().add(form);
                AtomicReference<Answers> submitted = new AtomicReference<>();
                form.setSubmitListener(submitted::set);
                int pages = SurveyFormFiller.fillAll(form, template, Map.of());
                SurveyFormFiller.submit(form);
                assertThat(submitted.get()).as(template.key() + " " + language).isNotNull();
                assertThat(pages).as(template.key()).isEqualTo(template.sections().size());
                UI.getCurrent().remove(form);
                if (!language.equals("sv")) {
                    continue;
                }
                long id = responses.start(template, ResponsePurpose.ENQUIRY, ++caseId, "START", language);
                responses.submit(id, submitted.get());
                List<AnswerRecord> stored = responses.submittedAnswers(ResponsePurpose.ENQUIRY, List.of(caseId));
                assertThat(stored).as(template.key()).isNotEmpty().allSatisfy(a -> {
                    assertThat(a.templateId()).isEqualTo(template.id());
                    assertThat(a.templateVersion()).isEqualTo(template.version());
                });
                // Show-if branches were opened: every conditional question of the template got an answer.
                template.questions().stream().filter(q -> q.showIf() != null).forEach(q ->
                        assertThat(stored).as(q.id()).anySatisfy(a -> assertThat(a.questionId()).startsWith(q.id())));
                template.questions().stream().filter(q -> q.analysisKey() != null).forEach(q ->
                        assertThat(stored).filteredOn(a -> a.questionId().equals(q.id()))
                                .allSatisfy(a -> assertThat(a.analysisKey()).isEqualTo(q.analysisKey())));
            }
        }
    }
}

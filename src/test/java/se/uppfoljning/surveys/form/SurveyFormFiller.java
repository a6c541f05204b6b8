package se.uppfoljning.surveys.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * Fills a {@link SurveyForm} the way a person would: every visible field of the current page gets a valid value
 * (yes-no questions "yes" unless overridden, so show-if branches open), then Next.
 */
public final class SurveyFormFiller {

    private SurveyFormFiller() {
    }

    /** Fills and pages through the whole form; returns the number of pages visited. Does not submit. */
    public static int fillAll(SurveyForm form, SurveyTemplate template, Map<String, String> overrides) {
        int pages = 1;
        while (true) {
            fillPage(form, template, overrides);
            if (!form.next.isVisible()) {
                return pages;
            }
            int before = form.currentPage();
            _click(form.next);
            if (form.currentPage() == before) {
                throw new AssertionError("Next did not move on from page " + before);
            }
            pages++;
        }
    }

    public static void fillPage(SurveyForm form, SurveyTemplate template, Map<String, String> overrides) {
        for (Question q : template.sections().get(form.currentPage()).questions()) {
            if (!q.isVisible(form.answers())) {
                continue;
            }
            for (String key : AnswerValidator.keysOf(q)) {
                set(form, q, key, overrides.get(key));
            }
        }
    }

    public static void next(SurveyForm form) {
        _click(form.next);
    }

    public static void submit(SurveyForm form) {
        _click(form.submit);
    }

    public static Component field(SurveyForm form, String key) {
        return descendants(form).filter(c -> c.getId().filter(("q-" + key.replace('.', '-'))::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No field for " + key));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(SurveyForm form, Question q, String key, String override) {
        Component field = field(form, key);
        HasValue hv = (HasValue) field;
        switch (field) {
            case RadioButtonGroup<?> rg -> hv.setValue(override != null ? override : switch (q.type()) {
                case YES_NO -> Answers.YES;
                case SINGLE_CHOICE -> q.choices().getFirst().value();
                default -> Integer.toString((q.scale().min() + q.scale().max()) / 2);
            });
            case CheckboxGroup<?> cg -> hv.setValue(Set.of(override != null ? override : q.choices().getFirst().value()));
            case DatePicker dp -> dp.setValue(override != null ? LocalDate.parse(override) : LocalDate.of(2026, 10, 12));
            case TextField tf -> tf.setValue(override != null ? override
                    : q.type() == QuestionType.NUMBER ? (q.min() == null ? "1" : q.min().toPlainString()) : "Svar");
            case TextArea ta -> ta.setValue(override != null ? override : "En kommentar");
            default -> throw new AssertionError("Unexpected field " + field);
        }
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(SurveyFormFiller::descendants));
    }
}

package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    private final SurveyTemplate template = TestTemplates.mixed();

    private static Answers answers(Map<String, List<String>> map) {
        return new Answers(map);
    }

    private List<String> errorKeys(Answers a, boolean complete) {
        return AnswerValidator.validate(template, a, complete).stream().map(e -> e.key() + ":" + e.messageKey()).toList();
    }

    @Test
    void completeValidAnswersPass() {
        Answers a = answers(Map.of("trust", List.of("4"), "bup", List.of("yes"), "bup-which", List.of("Farsta"),
                "hours", List.of("12,5"), "support.school", List.of("3"), "help", List.of("home", "mentor"),
                "last-week", List.of("2026-10-12"), "goal", List.of("7")));
        assertThat(errorKeys(a, true)).isEmpty();
    }

    @Test
    void requiredAnswersAreEnforcedOnlyOnSubmit() {
        assertThat(errorKeys(Answers.empty(), false)).isEmpty();
        assertThat(errorKeys(Answers.empty(), true))
                .containsExactlyInAnyOrder("trust:surveys.error.required", "bup:surveys.error.required", "goal:surveys.error.required");
    }

    @Test
    void showIfMakesAQuestionRequiredOnlyWhenShown() {
        Answers no = answers(Map.of("trust", List.of("2"), "bup", List.of("no"), "goal", List.of("3")));
        assertThat(errorKeys(no, true)).isEmpty();
        Answers yes = answers(Map.of("trust", List.of("2"), "bup", List.of("yes"), "goal", List.of("3")));
        assertThat(errorKeys(yes, true)).containsExactly("bup-which:surveys.error.required");
    }

    @Test
    void hiddenAnswersAreDroppedNotStored() {
        Answers a = answers(Map.of("bup", List.of("no"), "bup-which", List.of("leftover")));
        assertThat(AnswerValidator.clean(template, a).has("bup-which")).isFalse();
        assertThat(AnswerValidator.clean(template, answers(Map.of("unknown", List.of("x")))).byQuestion()).isEmpty();
    }

    @Test
    void rejectsValuesOutsideScalesChoicesAndRanges() {
        Answers a = answers(Map.of("trust", List.of("6"), "bup", List.of("maybe"), "hours", List.of("41"),
                "support.social", List.of("dont-know"), "help", List.of("home", "home"), "last-week", List.of("2026-13-01"),
                "goal", List.of("11")));
        assertThat(errorKeys(a, false)).containsExactlyInAnyOrder("trust:surveys.error.scale", "bup:surveys.error.choice",
                "hours:surveys.error.number-range", "support.social:surveys.error.scale", "help:surveys.error.choice",
                "last-week:surveys.error.date", "goal:surveys.error.scale");
    }

    @Test
    void acceptsDontKnowOnlyWhereOffered() {
        assertThat(errorKeys(answers(Map.of("trust", List.of(Answers.DONT_KNOW))), false)).isEmpty();
        assertThat(errorKeys(answers(Map.of("hours", List.of("tolv"))), false)).containsExactly("hours:surveys.error.number");
    }

    @Test
    void limitsTextLength() {
        assertThat(errorKeys(answers(Map.of("comment", List.of("x".repeat(501)))), false))
                .containsExactly("comment:surveys.error.too-long");
    }

    @Test
    void validatesOnePageAtATime() {
        Answers page1 = answers(Map.of("trust", List.of("3"), "bup", List.of("no")));
        assertThat(AnswerValidator.validateSection(template, 0, page1)).isEmpty();
        assertThat(AnswerValidator.validateSection(template, 1, page1)).extracting(AnswerError::key).containsExactly("goal");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "12|12", "12,5|12.5", "12.5|12.5", "12,50|12.5", "-3|-3", "−3|-3", "0,0|0", "1 000|1000",
            "1 000,5|1000.5", "١٢|12", "١٢٫٥|12.5", "۱۲|12",
            "１２|12", " 7 |7"})
    void readsNumbersOnceInOneCanonicalForm(String typed, String canonical) {
        assertThat(AnswerValidator.canonicalNumber(typed)).isEqualTo(canonical);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e1", "4E1", "0x10", "NaN", "Infinity", ".5", "5.",
            "1,000.5", "12 5", "1 00", "+-1", "tolv", "12abc", "١٢e١"})
    void refusesWhatIsNotAPlainNumber(String typed) {
        assertThat(AnswerValidator.canonicalNumber(typed)).isNull();
        assertThat(errorKeys(answers(Map.of("hours", List.of(typed))), false)).containsExactly("hours:surveys.error.number");
    }

    @Test
    void storesNumberAnswersInTheirCanonicalForm() {
        Answers cleaned = AnswerValidator.clean(template, answers(Map.of("hours", List.of("12,5"))));
        assertThat(cleaned.values("hours")).containsExactly("12.5");
        assertThat(AnswerValidator.clean(template, answers(Map.of("hours", List.of("\u0663\u0660")))).values("hours"))
                .containsExactly("30");
    }

    @Test
    void declinedIsAMissingCodeOnlyInPupilQuestionnaires() {
        Answers declined = answers(Map.of("trust", List.of(Answers.DECLINED)));
        assertThat(errorKeys(declined, false)).containsExactly("trust:surveys.error.scale");
        SurveyTemplate pupil = ShippedTemplatesTest.shipped("pupil-enquiry");
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        pupil.questions().forEach(q -> all.put(q.id(), List.of(Answers.DECLINED)));
        assertThat(AnswerValidator.validate(pupil, answers(all), true)).isEmpty();
        assertThat(AnswerValidator.clean(pupil, answers(all)).values("likes-school")).containsExactly(Answers.DECLINED);
        assertThat(AnswerValidator.validate(pupil, answers(Map.of("likes-school", List.of(Answers.DECLINED, "3"))), false))
                .extracting(AnswerError::messageKey).containsExactly("surveys.error.one-value");
    }
}

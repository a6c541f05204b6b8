package se.uppfoljning.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small templates built in code, for tests of validation and rendering independent of the shipped files. */
public final class TestTemplates {

    private TestTemplates() {
    }

    public static LocalizedText t(String sv, String en) {
        return new LocalizedText(Map.of("sv", sv, "en", en));
    }

    /**
     * Page 1: likert "trust" (required, don't know), yes-no "bup" (required), short text "bup-which" shown only
     * if bup = yes. Page 2: number "hours" 0-40, matrix "support" with two items, multiple choice "help",
     * date "last-week", rating "goal" (required), long text "comment".
     */
    public static SurveyTemplate mixed() {
        Scale five = new Scale(1, 5, t("Inte alls", "Not at all"), t("Helt", "Completely"), true);
        Question trust = new Question("trust", QuestionType.LIKERT, t("Förtroende för skolan", "Trust in the school"),
                t("Tänk på den senaste månaden", "Think of the last month"), true, null, "trust", false, five,
                null, null, null, null, null, 0);
        Question bup = new Question("bup", QuestionType.YES_NO, t("Kontakt med BUP?", "Contact with BUP?"), null, true,
                null, "bup-contact", false, null, null, null, null, null, null, 0);
        Question which = new Question("bup-which", QuestionType.SHORT_TEXT, t("Vilken mottagning?", "Which clinic?"),
                null, true, new ShowIf("bup", List.of("yes")), null, false, null, null, null, null, null, null, 100);
        Question hours = new Question("hours", QuestionType.NUMBER, t("Timmar i skolan per vecka", "Hours at school per week"),
                null, false, null, "hours", false, null, null, null, BigDecimal.ZERO, new BigDecimal("40"),
                t("timmar", "hours"), 0);
        Question support = new Question("support", QuestionType.MATRIX, t("Hur bra fungerar", "How well does it work"),
                null, false, null, null, false, new Scale(1, 4, t("Dåligt", "Badly"), t("Bra", "Well"), false), null,
                List.of(new MatrixItem("school", t("Skolan", "School"), "support-school"),
                        new MatrixItem("social", t("Socialtjänsten", "Social services"), "support-social")),
                null, null, null, 0);
        Question help = new Question("help", QuestionType.MULTIPLE_CHOICE, t("Vilket stöd", "Which support"), null, false,
                null, "help", false, null, List.of(new Choice("home", t("Hembesök", "Home visits")),
                new Choice("mentor", t("Mentor", "Mentor")), new Choice("other", t("Annat", "Other"))), null, null, null, null, 0);
        Question lastWeek = new Question("last-week", QuestionType.DATE, t("Senaste hela veckan", "Last full week"), null,
                false, null, "last-full-week", false, null, null, null, null, null, null, 0);
        Question goal = new Question("goal", QuestionType.RATING_0_10, t("Hur nära målet", "How close to the goal"), null,
                true, null, "goal", false, new Scale(0, 10, LocalizedText.EMPTY, LocalizedText.EMPTY, false), null, null,
                null, null, null, 0);
        Question comment = new Question("comment", QuestionType.LONG_TEXT, t("Övrigt", "Other"), null, false, null, null,
                false, null, null, null, null, null, null, 500);
        return new SurveyTemplate("test-mixed", 1, TemplateKind.PARENT_ENQUIRY, Set.of("START"), List.of("sv", "en", "ar"),
                t("Testenkät", "Test enquiry"), LocalizedText.EMPTY,
                List.of(new Section("one", t("Del 1", "Part 1"), null, List.of(trust, bup, which)),
                        new Section("two", t("Del 2", "Part 2"), null, List.of(hours, support, help, lastWeek, goal, comment))),
                "test-mixed.yaml", "0".repeat(64));
    }

    /** Every required, shown question with its first valid value: the smallest answer set a submit accepts. */
    public static Answers minimalAnswers(SurveyTemplate t) {
        Answers a = Answers.empty();
        for (Question q : t.questions()) {
            if (!q.required() || !q.isVisible(a)) {
                continue;
            }
            for (String key : AnswerValidator.keysOf(q)) {
                String v = switch (q.type()) {
                    case YES_NO -> Answers.NO;
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().getFirst().value();
                    case LIKERT, MATRIX, RATING_0_10 -> Integer.toString(q.scale().min());
                    case NUMBER -> q.min() == null ? "0" : q.min().toPlainString();
                    case DATE -> "2026-10-01";
                    default -> "x";
                };
                a = a.with(key, List.of(v));
            }
        }
        return a;
    }
}

package se.uppfoljning.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a template.
 *
 * @param analysisKey stable across versions; pairs START and END answers in reports
 * @param freeTextInReports whether free-text answers may be quoted in reports
 * @param scale for likert, rating-0-10 and matrix
 * @param choices for single- and multiple-choice
 * @param items for matrix
 * @param min lower bound for number (inclusive), null if none
 * @param max upper bound for number (inclusive), null if none
 * @param unit unit shown after a number field
 * @param maxLength for short and long text
 */
public record Question(String id, QuestionType type, LocalizedText text, LocalizedText help, boolean required,
                       ShowIf showIf, String analysisKey, boolean freeTextInReports, Scale scale,
                       List<Choice> choices, List<MatrixItem> items, BigDecimal min, BigDecimal max,
                       LocalizedText unit, int maxLength) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        items = items == null ? List.of() : List.copyOf(items);
        help = help == null ? LocalizedText.EMPTY : help;
        unit = unit == null ? LocalizedText.EMPTY : unit;
    }

    /** Visible given the answers so far (no condition, or the condition holds). */
    public boolean isVisible(Answers answers) {
        return showIf == null || showIf.matches(answers);
    }
}

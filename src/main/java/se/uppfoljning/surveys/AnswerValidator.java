package se.uppfoljning.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks answers against a template, the server's final word on every form. Plain class without Spring.
 * Order per answer: presence, size, then syntax (number, date, scale value), then meaning (range, choice).
 */
public final class AnswerValidator {

    public static final int DEFAULT_SHORT_TEXT = 200;
    public static final int DEFAULT_LONG_TEXT = 4000;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private AnswerValidator() {
    }

    /**
     * Removes answers to unknown questions and to questions hidden by their show-if condition, and writes every
     * readable number answer in its canonical form ({@link #canonicalNumber}).
     */
    public static Answers clean(SurveyTemplate template, Answers answers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        // Visibility depends on earlier answers only, so one pass in template order settles it. The answers kept so
        // far are wrapped again only when a question with a condition follows a change (not once per answer).
        Answers soFar = Answers.empty();
        int wrapped = 0;
        for (Question q : template.questions()) {
            if (q.showIf() != null && wrapped != kept.size()) {
                soFar = new Answers(kept);
                wrapped = kept.size();
            }
            if (!q.isVisible(soFar)) {
                continue;
            }
            for (String key : keysOf(q)) {
                if (answers.has(key)) {
                    List<String> values = answers.values(key);
                    if (q.type() == QuestionType.NUMBER && values.size() == 1
                            && canonicalNumber(values.getFirst()) != null) {
                        // Stored, reported and exported as one value: "12,5" and "١٢٫٥" are kept as 12.5.
                        values = List.of(canonicalNumber(values.getFirst()));
                    }
                    kept.put(key, values);
                }
            }
        }
        return new Answers(kept);
    }

    /** Validates every visible question; {@code complete} also enforces required answers. */
    public static List<AnswerError> validate(SurveyTemplate template, Answers answers, boolean complete) {
        return validate(template, template.questions(), answers, complete);
    }

    /** Validates the visible questions of one section (a page of the form). */
    public static List<AnswerError> validateSection(SurveyTemplate template, int sectionIndex, Answers answers) {
        return validate(template, template.sections().get(sectionIndex).questions(), answers, true);
    }

    private static List<AnswerError> validate(SurveyTemplate template, List<Question> questions, Answers raw,
                                              boolean complete) {
        Answers answers = clean(template, raw);
        boolean declineAllowed = template.kind() == TemplateKind.PUPIL_ENQUIRY;
        List<AnswerError> errors = new ArrayList<>();
        for (Question q : questions) {
            if (!q.isVisible(answers)) {
                continue;
            }
            if (q.type() == QuestionType.MATRIX) {
                for (MatrixItem item : q.items()) {
                    String key = q.id() + "." + item.id();
                    check(q, key, answers.values(key), complete, declineAllowed, errors);
                }
            } else {
                check(q, q.id(), answers.values(q.id()), complete, declineAllowed, errors);
            }
        }
        return errors;
    }

    /** @param declineAllowed whether {@link Answers#DECLINED}, alone, is a valid answer (pupil questionnaires) */
    private static void check(Question q, String key, List<String> values, boolean complete, boolean declineAllowed,
                              List<AnswerError> errors) {
        if (values.isEmpty()) {
            if (complete && q.required()) {
                errors.add(new AnswerError(key, "surveys.error.required"));
            }
            return;
        }
        if (declineAllowed && values.size() == 1 && Answers.DECLINED.equals(values.getFirst())) {
            return;
        }
        if (q.type() != QuestionType.MULTIPLE_CHOICE && values.size() > 1) {
            errors.add(new AnswerError(key, "surveys.error.one-value"));
            return;
        }
        String v = values.getFirst().strip();
        switch (q.type()) {
            case LIKERT, MATRIX, RATING_0_10 -> {
                if (Answers.DONT_KNOW.equals(v)) {
                    if (q.scale() == null || !q.scale().dontKnow()) {
                        errors.add(new AnswerError(key, "surveys.error.scale", q.scale().min(), q.scale().max()));
                    }
                    return;
                }
                Integer n = parseInt(v);
                if (n == null || n < q.scale().min() || n > q.scale().max()) {
                    errors.add(new AnswerError(key, "surveys.error.scale", q.scale().min(), q.scale().max()));
                }
            }
            case YES_NO -> {
                if (!Answers.YES.equals(v) && !Answers.NO.equals(v)) {
                    errors.add(new AnswerError(key, "surveys.error.choice"));
                }
            }
            case SINGLE_CHOICE -> {
                if (q.choices().stream().noneMatch(c -> c.value().equals(v))) {
                    errors.add(new AnswerError(key, "surveys.error.choice"));
                }
            }
            case MULTIPLE_CHOICE -> {
                Set<String> seen = new HashSet<>();
                for (String each : values) {
                    if (!seen.add(each) || q.choices().stream().noneMatch(c -> c.value().equals(each))) {
                        errors.add(new AnswerError(key, "surveys.error.choice"));
                        return;
                    }
                }
            }
            case NUMBER -> checkNumber(q, key, v, errors);
            case SHORT_TEXT, LONG_TEXT -> {
                int max = q.maxLength() > 0 ? q.maxLength()
                        : q.type() == QuestionType.SHORT_TEXT ? DEFAULT_SHORT_TEXT : DEFAULT_LONG_TEXT;
                if (v.length() > max) {
                    errors.add(new AnswerError(key, "surveys.error.too-long", max));
                }
            }
            case DATE -> {
                try {
                    LocalDate d = LocalDate.parse(v);
                    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                        errors.add(new AnswerError(key, "surveys.error.date"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new AnswerError(key, "surveys.error.date"));
                }
            }
        }
    }

    private static void checkNumber(Question q, String key, String v, List<AnswerError> errors) {
        BigDecimal n = parseDecimal(v);
        if (n == null) {
            errors.add(new AnswerError(key, "surveys.error.number"));
        } else if ((q.min() != null && n.compareTo(q.min()) < 0) || (q.max() != null && n.compareTo(q.max()) > 0)) {
            errors.add(new AnswerError(key, "surveys.error.number-range",
                    q.min() == null ? "" : q.min().toPlainString(), q.max() == null ? "" : q.max().toPlainString()));
        }
    }

    /** A plain decimal number once digits, sign and separator are normalised: no exponent, no grouping. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}( \\d{3})+([.,]\\d+)?");
    private static final int MAX_NUMBER_LENGTH = 30;

    /**
     * The one reading of a typed number, used when answers are checked, stored, reported and exported.
     * Accepts an optional minus sign ({@code -} or U+2212), digits, and one decimal separator: a comma (Swedish) or a
     * point (English), also the Arabic decimal separator U+066B. Digits of other scripts that a parent's keyboard
     * produces (Arabic-Indic {@code ١٢}, Persian {@code ۱۲}, full-width, ...: Unicode category Nd) are read as 0-9.
     * Spaces (also no-break and thin) are allowed only between groups of three digits ({@code 1 000}). Everything else
     * is refused: exponents ({@code 1e1}), {@code 1,000.5}, hexadecimal, {@code NaN}, {@code Infinity}, {@code .5}.
     *
     * @return the value with trailing zeros removed ({@code "12,50"} gives 12.5), or null if it is not a plain number
     */
    public static BigDecimal parseDecimal(String v) {
        if (v == null || v.isBlank() || v.length() > MAX_NUMBER_LENGTH) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String s = v.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u2212') {
                b.append('-');
            } else if (c == '\u066B') {
                b.append(',');
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        String text = b.toString();
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(" ", "");
        }
        text = text.replace(',', '.');
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /** The canonical text of a number answer ({@code 12.5}, never {@code 12,5} or {@code 1e1}); null if not a number. */
    public static String canonicalNumber(String v) {
        BigDecimal n = parseDecimal(v);
        return n == null ? null : n.toPlainString();
    }

    private static Integer parseInt(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The answer keys a question owns: its id, or {@code id.itemId} per matrix row. */
    public static List<String> keysOf(Question q) {
        if (q.type() == QuestionType.MATRIX) {
            return q.items().stream().map(i -> q.id() + "." + i.id()).toList();
        }
        return List.of(q.id());
    }
}

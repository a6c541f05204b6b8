package se.uppfoljning.reports;

import java.util.Objects;
import se.uppfoljning.enquiries.Wave;

/**
 * One answer to one enquiry item. Values as stored by the enquiry: scale values as digits, {@code yes}/{@code no},
 * a choice value, a number with {@code .} as decimal point, free text; {@value #DONT_KNOW} for "don't know" and
 * {@value #DECLINED} for the pupils' "I don't want to answer" (issue #16), both of which the report treats as missing:
 * left out of distributions and paired tests.
 *
 * @param freeTextAllowedInReports whether the question allows its free-text answers in reports and exports
 * @param submittedOn the day the answer was submitted (Swedish time); null if unknown. Reports and exports keep
 *     only answers submitted within their period ({@link ReportInput#withinPeriod()})
 */
public record AnswerRow(long caseId, Wave wave, String analysisKey, String value,
                        boolean freeTextAllowedInReports, java.time.LocalDate submittedOn) {

    public static final String DONT_KNOW = "dont-know";
    public static final String DECLINED = se.uppfoljning.surveys.Answers.DECLINED;
    public static final String YES = "yes";
    public static final String NO = "no";

    public AnswerRow {
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(analysisKey, "analysisKey");
    }

    /** An answer whose submission day is not known. */
    public AnswerRow(long caseId, Wave wave, String analysisKey, String value,
                     boolean freeTextAllowedInReports) {
        this(caseId, wave, analysisKey, value, freeTextAllowedInReports, null);
    }

    /** Whether this answer counts as missing: blank, "don't know" or declined. */
    public boolean dontKnow() {
        return value == null || value.isBlank() || DONT_KNOW.equals(value) || DECLINED.equals(value);
    }
}

package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report is computed from, as plain records: no entities, no names, only case ids and case codes.
 * Build with {@link #builder(ReportScope)}; lists are copied, so the input cannot change under the builder.
 *
 * @param minCellSize N: counts below it, and statistics computed from fewer cases, are not shown (default 5)
 * @param minCellSizeOutcomesBySchool the stricter N for outcome indicators broken down by school (default 10)
 * @param absenceThresholdsPercent unauthorised absence thresholds in percent (default 10, 15, 20)
 * @param pupilItems the pupil questionnaire's items (issue #16), keyed by analysis key like the parents'
 * @param pupilAnswers the pupils' own answers; {@code declined} ("I don't want to answer") counts as missing
 * @param pupilCodes the pupil codes issued per case and wave, as invitations: the base of the pupils' response rate
 * @param projectInterviews project interviews at start, six months and later (issue #16), for the comparison
 */
public record ReportInput(ReportScope scope, int minCellSize, int minCellSizeOutcomesBySchool,
                          List<Integer> absenceThresholdsPercent, List<CaseRow> cases,
                          List<TargetGroupRow> targetGroups, List<AbsenceRow> absence,
                          List<InvitationRow> invitations, List<ItemDefinition> enquiryItems,
                          List<AnswerRow> answers, List<ItemDefinition> ratingItems, List<RatingRow> ratings,
                          List<FocusGroupSessionRow> focusGroupSessions, List<ThemeRow> themes,
                          List<QuoteRow> quotes, List<ItemDefinition> pupilItems, List<AnswerRow> pupilAnswers,
                          List<InvitationRow> pupilCodes, List<ProjectInterviewRow> projectInterviews) {

    public static final int DEFAULT_MIN_CELL_SIZE = 5;
    public static final int DEFAULT_MIN_CELL_SIZE_OUTCOMES_BY_SCHOOL = 10;
    public static final List<Integer> DEFAULT_ABSENCE_THRESHOLDS = List.of(10, 15, 20);

    public ReportInput {
        Objects.requireNonNull(scope, "scope");
        if (minCellSize < 1 || minCellSizeOutcomesBySchool < minCellSize) {
            throw new IllegalArgumentException("Need 1 <= minCellSize <= minCellSizeOutcomesBySchool");
        }
        absenceThresholdsPercent = absenceThresholdsPercent == null || absenceThresholdsPercent.isEmpty()
                ? DEFAULT_ABSENCE_THRESHOLDS
                : absenceThresholdsPercent.stream().sorted().distinct().toList();
        cases = copy(cases);
        targetGroups = copy(targetGroups);
        absence = copy(absence);
        invitations = copy(invitations);
        enquiryItems = copy(enquiryItems);
        answers = copy(answers);
        ratingItems = copy(ratingItems);
        ratings = copy(ratings);
        focusGroupSessions = copy(focusGroupSessions);
        themes = copy(themes);
        quotes = copy(quotes);
        pupilItems = copy(pupilItems);
        pupilAnswers = copy(pupilAnswers);
        pupilCodes = copy(pupilCodes);
        projectInterviews = copy(projectInterviews);
    }

    /** As the canonical constructor, without pupils' answers and project interviews (inputs from before issue #16). */
    public ReportInput(ReportScope scope, int minCellSize, int minCellSizeOutcomesBySchool,
                       List<Integer> absenceThresholdsPercent, List<CaseRow> cases, List<TargetGroupRow> targetGroups,
                       List<AbsenceRow> absence, List<InvitationRow> invitations, List<ItemDefinition> enquiryItems,
                       List<AnswerRow> answers, List<ItemDefinition> ratingItems, List<RatingRow> ratings,
                       List<FocusGroupSessionRow> focusGroupSessions, List<ThemeRow> themes, List<QuoteRow> quotes) {
        this(scope, minCellSize, minCellSizeOutcomesBySchool, absenceThresholdsPercent, cases, targetGroups, absence,
                invitations, enquiryItems, answers, ratingItems, ratings, focusGroupSessions, themes, quotes, null, null,
                null, null);
    }

    /**
     * This input restricted to its period, as {@link ReportRequest} promises: absence months, ratings and answers
     * dated outside {@code scope.periodFrom()..periodTo()} are dropped (answers by their submission day,
     * issue #12.7). Rows without a date are kept. Every report and export is computed from this.
     */
    public ReportInput withinPeriod() {
        java.time.LocalDate from = scope.periodFrom();
        java.time.LocalDate to = scope.periodTo();
        java.util.function.Predicate<java.time.LocalDate> in = d -> d == null || !d.isBefore(from) && !d.isAfter(to);
        java.time.YearMonth first = java.time.YearMonth.from(from);
        java.time.YearMonth last = java.time.YearMonth.from(to);
        return new ReportInput(scope, minCellSize, minCellSizeOutcomesBySchool, absenceThresholdsPercent, cases,
                targetGroups, absence.stream().filter(a -> !a.month().isBefore(first) && !a.month().isAfter(last))
                        .toList(), invitations, enquiryItems,
                answers.stream().filter(a -> in.test(a.submittedOn())).toList(), ratingItems,
                ratings.stream().filter(r -> in.test(r.date())).toList(), focusGroupSessions, themes, quotes,
                pupilItems, pupilAnswers.stream().filter(a -> in.test(a.submittedOn())).toList(), pupilCodes,
                projectInterviews);
    }

    public static Builder builder(ReportScope scope) {
        return new Builder(scope);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Collects the input step by step; unset lists are empty, unset settings take their defaults. */
    public static final class Builder {
        private final ReportScope scope;
        private int minCellSize = DEFAULT_MIN_CELL_SIZE;
        private int minCellSizeOutcomesBySchool = DEFAULT_MIN_CELL_SIZE_OUTCOMES_BY_SCHOOL;
        private List<Integer> thresholds = DEFAULT_ABSENCE_THRESHOLDS;
        private final List<CaseRow> cases = new ArrayList<>();
        private final List<TargetGroupRow> targetGroups = new ArrayList<>();
        private final List<AbsenceRow> absence = new ArrayList<>();
        private final List<InvitationRow> invitations = new ArrayList<>();
        private final List<ItemDefinition> enquiryItems = new ArrayList<>();
        private final List<AnswerRow> answers = new ArrayList<>();
        private final List<ItemDefinition> ratingItems = new ArrayList<>();
        private final List<RatingRow> ratings = new ArrayList<>();
        private final List<FocusGroupSessionRow> sessions = new ArrayList<>();
        private final List<ThemeRow> themes = new ArrayList<>();
        private final List<QuoteRow> quotes = new ArrayList<>();
        private final List<ItemDefinition> pupilItems = new ArrayList<>();
        private final List<AnswerRow> pupilAnswers = new ArrayList<>();
        private final List<InvitationRow> pupilCodes = new ArrayList<>();
        private final List<ProjectInterviewRow> projectInterviews = new ArrayList<>();

        private Builder(ReportScope scope) {
            this.scope = scope;
        }

        public Builder minCellSize(int n) {
            this.minCellSize = n;
            return this;
        }

        public Builder minCellSizeOutcomesBySchool(int n) {
            this.minCellSizeOutcomesBySchool = n;
            return this;
        }

        public Builder absenceThresholdsPercent(List<Integer> thresholds) {
            this.thresholds = thresholds;
            return this;
        }

        public Builder cases(List<CaseRow> rows) {
            cases.addAll(rows);
            return this;
        }

        public Builder targetGroups(List<TargetGroupRow> rows) {
            targetGroups.addAll(rows);
            return this;
        }

        public Builder absence(List<AbsenceRow> rows) {
            absence.addAll(rows);
            return this;
        }

        public Builder invitations(List<InvitationRow> rows) {
            invitations.addAll(rows);
            return this;
        }

        public Builder enquiryItems(List<ItemDefinition> items) {
            enquiryItems.addAll(items);
            return this;
        }

        public Builder answers(List<AnswerRow> rows) {
            answers.addAll(rows);
            return this;
        }

        public Builder ratingItems(List<ItemDefinition> items) {
            ratingItems.addAll(items);
            return this;
        }

        public Builder ratings(List<RatingRow> rows) {
            ratings.addAll(rows);
            return this;
        }

        public Builder focusGroupSessions(List<FocusGroupSessionRow> rows) {
            sessions.addAll(rows);
            return this;
        }

        public Builder themes(List<ThemeRow> rows) {
            themes.addAll(rows);
            return this;
        }

        public Builder quotes(List<QuoteRow> rows) {
            quotes.addAll(rows);
            return this;
        }

        public Builder pupilItems(List<ItemDefinition> items) {
            pupilItems.addAll(items);
            return this;
        }

        public Builder pupilAnswers(List<AnswerRow> rows) {
            pupilAnswers.addAll(rows);
            return this;
        }

        public Builder pupilCodes(List<InvitationRow> rows) {
            pupilCodes.addAll(rows);
            return this;
        }

        public Builder projectInterviews(List<ProjectInterviewRow> rows) {
            projectInterviews.addAll(rows);
            return this;
        }

        public ReportInput build() {
            return new ReportInput(scope, minCellSize, minCellSizeOutcomesBySchool, thresholds, cases,
                    targetGroups, absence, invitations, enquiryItems, answers, ratingItems, ratings, sessions,
                    themes, quotes, pupilItems, pupilAnswers, pupilCodes, projectInterviews);
        }
    }
}

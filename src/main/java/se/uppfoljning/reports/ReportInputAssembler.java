package se.uppfoljning.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.uppfoljning.absence.AbsenceFigures;
import se.uppfoljning.absence.AbsenceHours;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.PupilCodeService;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.FocusGroupReport;
import se.uppfoljning.focusgroups.FocusGroupReportService;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.SessionType;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.surveys.AnswerRecord;
import se.uppfoljning.surveys.MatrixItem;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Gathers everything a report needs from the other features into one {@link ReportInput}: the evaluator's
 * scoped cases first, then only data of those cases. Pseudonymous rows only; the builder aggregates and
 * suppresses before anything is shown.
 */
@Component
class ReportInputAssembler {

    /** Submission times become days in Swedish time, the period's time zone. */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

    private final CaseSelectionService caseSelection;
    private final ReferenceDataService reference;
    private final InvitationService invitations;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final AbsenceService absence;
    private final RatingService ratings;
    private final FocusGroupReportService focusGroups;
    private final ReportsProperties properties;
    private final PupilCodeService pupilCodes;

    ReportInputAssembler(CaseSelectionService caseSelection, ReferenceDataService reference, InvitationService invitations,
                         ResponseService responses, TemplateCatalog catalog, AbsenceService absence,
                         RatingService ratings, FocusGroupReportService focusGroups, ReportsProperties properties,
                         PupilCodeService pupilCodes) {
        this.caseSelection = caseSelection;
        this.reference = reference;
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.absence = absence;
        this.ratings = ratings;
        this.focusGroups = focusGroups;
        this.properties = properties;
        this.pupilCodes = pupilCodes;
    }

    /**
     * Everything in the caller's data scope for the request's whole school year: the same input for every request
     * of that year, so every report of it shows the same, jointly suppressed numbers.
     */
    ReportInput assemble(ReportRequest request, LocalDate today) {
        LocalDate from = request.periodFrom();
        LocalDate to = request.periodTo();
        // every read below takes the same selection, and each feature puts the caller's scope into its own query
        CaseSelection selection = new CaseSelection(Set.of(), Set.of(), Set.of(), from, to);
        List<CaseDetails> cases = caseSelection.select(selection);
        Set<Long> projectIds = new LinkedHashSet<>();
        cases.forEach(c -> projectIds.add(c.projectId()));
        List<ProjectListItem> projects = reference.projects().stream().filter(p -> projectIds.contains(p.id())).toList();

        ReportScope scope = new ReportScope(projects.isEmpty() ? "" : projects.getFirst().programmeName(),
                projects.stream().map(ProjectListItem::name).toList(),
                cases.stream().map(CaseDetails::districtName).distinct().sorted().toList(),
                cases.stream().map(CaseDetails::schoolName).distinct().sorted().toList(),
                from, to, request.language(), today);

        ReportInput.Builder input = ReportInput.builder(scope);
        input.minCellSize(properties.minCellSize()).minCellSizeOutcomesBySchool(properties.minCellSizeOutcomesBySchool());
        // problematic absence as the absence screen defines it: the fixed thresholds and each project's own
        java.util.TreeSet<Integer> thresholds = new java.util.TreeSet<>(AbsenceFigures.FIXED_THRESHOLDS);
        projects.forEach(p -> thresholds.add(p.absenceThresholdPercent()));
        input.absenceThresholdsPercent(List.copyOf(thresholds));
        input.cases(cases.stream().map(ReportInputAssembler::caseRow).toList());
        Set<String> schools = new LinkedHashSet<>(scope.schoolNames());
        input.targetGroups(reference.targetGroups().stream().filter(t -> schools.contains(t.schoolName()))
                .map(t -> new TargetGroupRow(t.schoolName(), t.schoolYear(), t.size())).toList());
        input.absence(absenceRows(selection, from, to));
        input.invitations(invitations.reportRows(selection).stream().map(r -> new InvitationRow(r.caseId(),
                r.wave(), InvitationRow.Status.valueOf(r.status().name()),
                r.mode() == null ? null : InvitationRow.Mode.valueOf(r.mode().name()))).toList());
        Map<String, Question> enquiryQuestions = new LinkedHashMap<>();
        input.enquiryItems(items(TemplateKind.PARENT_ENQUIRY, enquiryQuestions));
        input.answers(answerRows(responses.submittedAnswers(ResponsePurpose.ENQUIRY, selection), enquiryQuestions));
        input.ratingItems(items(TemplateKind.RATING_FORM, new LinkedHashMap<>()));
        input.ratings(ratings.scores(selection).stream().filter(s -> inPeriod(s.ratedOn(), from, to))
                .map(s -> new RatingRow(s.caseId(), s.timepoint().name(), s.ratedOn(), s.analysisKey(), s.value(),
                        s.attributes())).toList());
        addFocusGroups(input, projectIds, from, to, request.language());
        addPupils(input, selection, cases.stream().map(CaseDetails::id).toList());
        return input.build();
    }

    private List<AbsenceRow> absenceRows(CaseSelection selection, LocalDate from, LocalDate to) {
        List<AbsenceHours> hours = absence.hoursOfSelection(selection, YearMonth.from(from), YearMonth.from(to));
        List<AbsenceRow> rows = new ArrayList<>(hours.size());
        Map<Integer, YearMonth> months = new HashMap<>(); // one YearMonth per month, not one per row
        for (AbsenceHours h : hours) {
            rows.add(new AbsenceRow(h.caseId(), months.computeIfAbsent(h.yearMonth(), k -> h.month()), h.offered(),
                    h.unauthorised(), h.authorised()));
        }
        return rows;
    }

    /** One item per analysis key, from the newest template version that has it. */
    private List<ItemDefinition> items(TemplateKind kind, Map<String, Question> byKey) {
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        List<SurveyTemplate> templates = new ArrayList<>(catalog.ofKind(kind));
        templates.sort((a, b) -> Integer.compare(b.version(), a.version()));
        for (SurveyTemplate t : templates) {
            for (Question q : t.questions()) {
                if (q.type() == QuestionType.MATRIX) {
                    for (MatrixItem item : q.items()) {
                        String key = item.analysisKey() != null ? item.analysisKey() : q.id() + "." + item.id();
                        items.putIfAbsent(key, new ItemDefinition(key, ItemKind.LIKERT, merged(q, item),
                                q.scale().min(), q.scale().max(), List.of()));
                        byKey.putIfAbsent(key, q);
                    }
                    continue;
                }
                String key = q.analysisKey() != null ? q.analysisKey() : q.id();
                ItemKind itemKind = switch (q.type()) {
                    case LIKERT -> ItemKind.LIKERT;
                    case RATING_0_10 -> ItemKind.RATING;
                    case YES_NO -> ItemKind.YES_NO;
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> ItemKind.CHOICE;
                    case NUMBER -> ItemKind.NUMBER;
                    case SHORT_TEXT, LONG_TEXT -> ItemKind.TEXT;
                    default -> null;
                };
                if (itemKind == null) {
                    continue;
                }
                List<ItemDefinition.Choice> choices = q.choices().stream()
                        .map(c -> new ItemDefinition.Choice(c.value(), c.label().byLanguage())).toList();
                items.putIfAbsent(key, new ItemDefinition(key, itemKind, q.text().byLanguage(),
                        q.scale() == null ? null : q.scale().min(), q.scale() == null ? null : q.scale().max(), choices));
                byKey.putIfAbsent(key, q);
            }
        }
        return List.copyOf(items.values());
    }

    private static Map<String, String> merged(Question q, MatrixItem item) {
        Map<String, String> text = new HashMap<>();
        item.text().byLanguage().forEach((lang, t) -> text.put(lang, q.text().in(lang) + ": " + t));
        return text;
    }

    private static List<AnswerRow> answerRows(List<AnswerRecord> records, Map<String, Question> questions) {
        List<AnswerRow> rows = new ArrayList<>(records.size());
        // the rows of one response share their submission time: convert it once, not once per answer
        java.time.Instant lastInstant = null;
        LocalDate lastDay = null;
        for (AnswerRecord a : records) {
            String key = a.analysisKey() != null ? a.analysisKey() : a.questionId();
            Question q = questions.get(key);
            boolean freeTextAllowed = q != null && q.freeTextInReports();
            if (a.wave() == null || q == null) {
                continue;
            }
            if (a.submittedAt() != lastInstant) {
                lastInstant = a.submittedAt();
                lastDay = lastInstant == null ? null : LocalDate.ofInstant(lastInstant, ZONE);
            }
            rows.add(new AnswerRow(a.caseId(), Wave.valueOf(a.wave()), key, a.value(), freeTextAllowed, lastDay));
        }
        return rows;
    }

    /**
     * The pupils' own questionnaire (issue #16): its items, the submitted answers (read like the parents') and the
     * codes issued per case and wave as the base of the response rate.
     */
    private void addPupils(ReportInput.Builder input, CaseSelection selection, List<Long> ids) {
        Map<String, Question> pupilQuestions = new LinkedHashMap<>();
        input.pupilItems(items(TemplateKind.PUPIL_ENQUIRY, pupilQuestions));
        input.pupilAnswers(answerRows(responses.submittedAnswers(ResponsePurpose.PUPIL, selection), pupilQuestions));
        input.pupilCodes(pupilCodes.reportRows(ids).stream().map(r -> new InvitationRow(r.caseId(), r.wave(),
                InvitationRow.Status.valueOf(r.status().name()))).toList());
    }

    private void addFocusGroups(ReportInput.Builder input, Set<Long> projectIds, LocalDate from, LocalDate to,
                                java.util.Locale language) {
        List<FocusGroupSessionRow> sessions = new ArrayList<>();
        Map<String, int[]> themes = new LinkedHashMap<>();
        List<QuoteRow> quotes = new ArrayList<>();
        List<ProjectInterviewRow> interviews = new ArrayList<>();
        Map<Long, String> projectNames = new HashMap<>();
        reference.projects().forEach(p -> projectNames.put(p.id(), p.name()));
        for (long projectId : projectIds) {
            FocusGroupReport report = focusGroups.report(new FocusGroupReport.Filter(projectId, from, to));
            Set<Long> included = new LinkedHashSet<>();
            for (FocusGroupReport.SessionSummary s : report.sessions()) {
                if (s.type() == SessionType.PROJECT_INTERVIEW) {
                    interviews.add(interview(s, projectNames.get(projectId), report, language));
                    continue;
                }
                included.add(s.sessionId());
                Map<ParticipantRole, Integer> participants = new EnumMap<>(ParticipantRole.class);
                participants.putAll(s.participants());
                sessions.add(new FocusGroupSessionRow(Long.toString(s.sessionId()), s.heldOn(), s.schoolName(),
                        s.districtName(), participants));
            }
            for (FocusGroupReport.ThemeSummary t : report.themes()) {
                String title = t.title() == null || t.title().isBlank()
                        ? se.uppfoljning.base.i18n.Translations.translate("focusgroups.theme.other", language)
                        : t.title();
                int[] counts = themes.computeIfAbsent(title, k -> new int[2]);
                counts[0] += t.noteCount();
                counts[1] += t.sessionCount();
            }
            for (FocusGroupReport.QuoteSummary q : report.quotes()) {
                if (included.contains(q.sessionId())) {
                    quotes.add(new QuoteRow(q.text(), q.speakerRole(),
                            q.themeTitle() == null || q.themeTitle().isBlank() ? "–" : q.themeTitle(), q.quotable()));
                }
            }
        }
        input.focusGroupSessions(sessions);
        input.themes(themes.entrySet().stream().map(e -> new ThemeRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
        input.quotes(quotes);
        input.projectInterviews(interviews);
    }

    /** A project interview with its themes (note counts and codes, never note texts) and its quotes. */
    private static ProjectInterviewRow interview(FocusGroupReport.SessionSummary s, String project,
                                                 FocusGroupReport report, java.util.Locale language) {
        List<ProjectInterviewRow.Theme> themes = report.interviewThemes().stream()
                .filter(t -> t.sessionId() == s.sessionId())
                .map(t -> new ProjectInterviewRow.Theme(themeTitle(t.title(), language), t.noteCount(), t.codes()))
                .toList();
        List<QuoteRow> quotes = report.quotes().stream().filter(q -> q.sessionId() == s.sessionId())
                .map(q -> new QuoteRow(q.text(), q.speakerRole(), themeTitle(q.themeTitle(), language), q.quotable()))
                .toList();
        return new ProjectInterviewRow(Long.toString(s.sessionId()), project == null ? "" : project,
                s.occasionMonth() == null ? 0 : s.occasionMonth(), s.heldOn(), s.participants(), themes, quotes);
    }

    private static String themeTitle(String title, java.util.Locale language) {
        return title == null || title.isBlank()
                ? se.uppfoljning.base.i18n.Translations.translate("focusgroups.theme.other", language) : title;
    }

    private static boolean inPeriod(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private static CaseRow caseRow(CaseDetails c) {
        var d = c.data();
        return new CaseRow(c.id(), c.caseCode(), c.projectName(), c.districtName(), c.schoolName(), d.grade(),
                CaseRow.Gender.valueOf(d.gender().name()), CaseRow.Status.valueOf(d.status().name()),
                d.dropoutReason() == null ? null : CaseRow.DropoutReason.valueOf(d.dropoutReason().name()),
                d.knowledgeGoals() == null ? null : CaseRow.KnowledgeGoals.valueOf(d.knowledgeGoals().name()),
                d.eligibleUpperSecondary(), d.interventionCost(), d.startDate(), d.endDate());
    }
}

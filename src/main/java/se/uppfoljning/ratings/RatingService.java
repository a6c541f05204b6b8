package se.uppfoljning.ratings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDeleted;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ScopedCases;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.surveys.AnswerRecord;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Staff fill the rating form for a case at a time point; the history shows the scores over time. One rating per
 * case, template and time point; a correction replaces the answers and is refused if someone else changed the
 * rating since it was opened. Scope: only cases the caller may see (via {@link CaseService}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "')")
public class RatingService {

    private final RatingEntryRepository entries;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final CaseService cases;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseSelectionService caseSelection;
    private final JdbcClient jdbc;

    RatingService(RatingEntryRepository entries, ResponseService responses, TemplateCatalog catalog, CaseService cases,
                  CurrentStaff current, AuditTrail audit, Clock clock, CaseSelectionService caseSelection,
                  JdbcClient jdbc) {
        this.caseSelection = caseSelection;
        this.jdbc = jdbc;
        this.entries = entries;
        this.responses = responses;
        this.catalog = catalog;
        this.cases = cases;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rating form to use at a time point: the newest rating-form template for its wave. */
    @Transactional(readOnly = true)
    public SurveyTemplate templateFor(Timepoint timepoint) {
        return catalog.latestFor(TemplateKind.RATING_FORM, timepoint.wave())
                .orElseThrow(() -> new BusinessException("ratings.error.no-template"));
    }

    @Transactional(readOnly = true)
    public List<RatingItem> history(long caseId) {
        cases.get(caseId);
        List<RatingEntry> list = entries.findByCaseIdOrderByRatedOnAsc(caseId);
        Map<Long, Map<String, String>> scores = scoresByResponse(List.of(caseId));
        return list.stream().map(e -> toItem(e, scores.getOrDefault(e.getResponseId(), Map.of()))).toList();
    }

    @Transactional(readOnly = true)
    public Answers answersOf(long ratingId) {
        RatingEntry e = visible(ratingId);
        return responses.load(e.getResponseId());
    }

    @Transactional
    public RatingItem record(long caseId, Timepoint timepoint, LocalDate ratedOn, Answers answers) {
        CaseDetails c = cases.get(caseId);
        checkDate(c, timepoint, ratedOn);
        SurveyTemplate template = templateFor(timepoint);
        if (entries.existsByCaseIdAndTemplateIdAndTimepoint(caseId, template.id(), timepoint)) {
            throw new BusinessException("timepoint", "ratings.error.timepoint-taken");
        }
        long responseId = responses.start(template, ResponsePurpose.RATING, caseId, timepoint.name(), "sv");
        responses.submit(responseId, answers);
        RatingEntry e = entries.saveAndFlush(new RatingEntry(caseId, timepoint, ratedOn, template.id(), template.version(),
                responseId, current.actorName(), clock.instant()));
        audit.record(current.actorName(), "RATING_RECORDED", "case:" + c.caseCode(), timepoint.name());
        return toItem(e, scoresByResponse(List.of(caseId)).getOrDefault(responseId, Map.of()));
    }

    /** Replaces a rating's answers, unless it changed since {@code expectedVersion} was read. */
    @Transactional
    public RatingItem correct(long ratingId, LocalDate ratedOn, Answers answers, int expectedVersion) {
        RatingEntry e = visible(ratingId);
        if (e.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RatingEntry.class, ratingId);
        }
        CaseDetails c = cases.get(e.getCaseId());
        checkDate(c, e.getTimepoint(), ratedOn);
        SurveyTemplate template = catalog.get(e.getTemplateId(), e.getTemplateVersion());
        long old = e.getResponseId();
        long responseId = responses.start(template, ResponsePurpose.RATING, e.getCaseId(), e.getTimepoint().name(), "sv");
        responses.submit(responseId, answers);
        e.replaced(responseId, ratedOn, current.actorName(), clock.instant());
        entries.saveAndFlush(e);
        responses.delete(old);
        audit.record(current.actorName(), "RATING_CORRECTED", "case:" + c.caseCode(), e.getTimepoint().name());
        return toItem(e, scoresByResponse(List.of(e.getCaseId())).getOrDefault(responseId, Map.of()));
    }

    /**
     * Scores of the scale items (likert, 0-10) of these cases for reports; cases outside the caller's data scope are
     * left out. Items that are not scales (the rater's role, the comment) are not scores: a rating's single-choice
     * and yes/no answers come along as {@link RatingScore#attributes()}, free text not at all.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<RatingScore> scores(Collection<Long> requestedCaseIds) {
        Collection<Long> caseIds = requestedCaseIds.isEmpty() ? List.of() : cases.visibleIds(requestedCaseIds);
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Rated> byResponse = entries.findByCaseIdIn(caseIds).stream().collect(Collectors.toMap(
                RatingEntry::getResponseId, e -> new Rated(e.getCaseId(), e.getTimepoint(), e.getRatedOn())));
        return scores(byResponse, responses.submittedAnswers(ResponsePurpose.RATING, caseIds));
    }

    /**
     * As {@link #scores(Collection)} for the selected cases in the caller's data scope, read with the scope in the
     * query (no list of case ids).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<RatingScore> scores(CaseSelection selection) {
        ScopedCases scoped = caseSelection.scoped(selection);
        Map<Long, Rated> byResponse = new HashMap<>();
        jdbc.sql("SELECT e.response_id, e.case_id, e.timepoint, e.rated_on FROM rating_entry e WHERE e.case_id IN ("
                        + scoped.idsSubquery() + ")")
                .params(scoped.params())
                .query(rs -> {
                    byResponse.put(rs.getLong(1), new Rated(rs.getLong(2), Timepoint.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class)));
                });
        if (byResponse.isEmpty()) {
            return List.of();
        }
        return scores(byResponse, responses.submittedAnswers(ResponsePurpose.RATING, selection));
    }

    /** What a score needs of its rating entry. */
    private record Rated(long caseId, Timepoint timepoint, LocalDate ratedOn) {
    }

    private List<RatingScore> scores(Map<Long, Rated> byResponse, List<AnswerRecord> answers) {
        Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        for (AnswerRecord a : answers) {
            Rated e = byResponse.get(a.responseId());
            if (e == null || a.analysisKey() == null || a.value() == null) {
                continue;
            }
            QuestionType type = typeOf(a);
            if (type == null || type == QuestionType.LIKERT || type == QuestionType.RATING_0_10
                    || type == QuestionType.MATRIX) {
                Integer value = parseInt(a.value());
                if (value != null) {
                    scores.computeIfAbsent(a.responseId(), k -> new LinkedHashMap<>()).put(a.analysisKey(), value);
                }
            } else if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.YES_NO) {
                attributes.computeIfAbsent(a.responseId(), k -> new HashMap<>()).put(a.analysisKey(), a.value());
            }
        }
        List<RatingScore> out = new ArrayList<>();
        scores.forEach((responseId, values) -> {
            Rated e = byResponse.get(responseId);
            Map<String, String> described = attributes.getOrDefault(responseId, Map.of());
            values.forEach((key, value) -> out.add(new RatingScore(e.caseId(), e.timepoint(), e.ratedOn(),
                    key, value, described)));
        });
        return out;
    }

    /** Runs inside whoever deletes the case (a coordinator or the retention job), so it asks for no role. */
    @EventListener
    @PreAuthorize("permitAll()")
    void onCaseDeleted(CaseDeleted event) {
        entries.deleteByCaseId(event.caseId());
    }

    private void checkDate(CaseDetails c, Timepoint timepoint, LocalDate ratedOn) {
        if (timepoint == null) {
            throw new BusinessException("timepoint", "base.error.required");
        }
        if (ratedOn == null) {
            throw new BusinessException("ratedOn", "base.error.required");
        }
        if (ratedOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessException("ratedOn", "ratings.error.future");
        }
        if (ratedOn.isBefore(c.data().startDate())) {
            throw new BusinessException("ratedOn", "ratings.error.before-start", c.data().startDate());
        }
    }

    private RatingEntry visible(long ratingId) {
        RatingEntry e = entries.findById(ratingId).orElseThrow(() -> new BusinessException("ratings.error.not-found"));
        try {
            cases.get(e.getCaseId());
        } catch (BusinessException outOfScope) {
            throw new BusinessException("ratings.error.not-found");
        }
        return e;
    }

    private Map<Long, Map<String, String>> scoresByResponse(Collection<Long> caseIds) {
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        for (AnswerRecord a : responses.submittedAnswers(ResponsePurpose.RATING, caseIds)) {
            if (a.analysisKey() != null) {
                out.computeIfAbsent(a.responseId(), k -> new LinkedHashMap<>()).put(a.analysisKey(), a.value());
            }
        }
        return out;
    }

    private static RatingItem toItem(RatingEntry e, Map<String, String> scores) {
        return new RatingItem(e.getId(), e.getCaseId(), e.getTimepoint(), e.getRatedOn(), e.getTemplateId(),
                e.getTemplateVersion(), scores, e.getUpdatedBy(), e.getVersion());
    }

    /** The answered question's type, or null when its template version or question is not known (a matrix item). */
    private QuestionType typeOf(AnswerRecord a) {
        try {
            return catalog.get(a.templateId(), a.templateVersion()).question(a.questionId()).map(Question::type)
                    .orElse(null);
        } catch (BusinessException unknownVersion) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

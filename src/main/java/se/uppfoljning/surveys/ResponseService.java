package se.uppfoljning.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.LargeReads;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDeleted;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.ScopedCases;

/**
 * Stores responses: a draft saved page by page, then submitted once and frozen. Answers are stored per
 * question with template id, version and analysis key. This is a building block for the enquiries and
 * ratings features, which decide who may answer what (a parent's one-time link, a staff member's scope)
 * before they call it; it is not for views.
 */
@Service
@PreAuthorize("permitAll()")
public class ResponseService {

    private final SurveyResponseRepository responses;
    private final TemplateCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseSelectionService caseSelection;

    ResponseService(SurveyResponseRepository responses, TemplateCatalog catalog, JdbcClient jdbc, Clock clock,
                    CaseSelectionService caseSelection) {
        this.caseSelection = caseSelection;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long start(SurveyTemplate template, ResponsePurpose purpose, Long caseId, String wave, String language) {
        SurveyResponse r = new SurveyResponse(template, purpose, caseId, wave, language, clock.instant());
        return responses.saveAndFlush(r).getId();
    }

    /**
     * Saves answers given so far (partial answers allowed, each must be well-formed). Only the keys present in
     * {@code answers} are written; nothing else is deleted. No check for a newer draft: for callers that are
     * the response's only writer.
     */
    @Transactional
    public void saveDraft(long responseId, Answers answers) {
        SurveyResponse r = lockDraft(responseId);
        SurveyTemplate t = catalog.get(r.getTemplateId(), r.getTemplateVersion());
        Answers cleaned = validDraft(t, answers);
        writeAnswers(r, t, cleaned, cleaned.byQuestion().keySet());
        r.touch(clock.instant());
    }

    /**
     * Saves one page (template section) of a draft: the answers to that section's questions are brought in line
     * with {@code answers} (an emptied question's rows are deleted), answers to other sections are left as
     * stored. Refused with {@link StaleDraftException} when the draft has been saved since {@code expectedVersion}
     * was read (another tab or device), so an outdated copy never overwrites newer answers.
     *
     * @return the draft's new version, to pass with the next save
     */
    @Transactional
    public int saveSection(long responseId, int section, Answers answers, int expectedVersion) {
        SurveyResponse r = lockDraft(responseId);
        checkVersion(r, expectedVersion);
        SurveyTemplate t = catalog.get(r.getTemplateId(), r.getTemplateVersion());
        if (section < 0 || section >= t.sections().size()) {
            throw new IllegalArgumentException("No section " + section + " in " + t.key());
        }
        Answers cleaned = validDraft(t, answers);
        java.util.Set<String> keys = new java.util.HashSet<>();
        t.sections().get(section).questions().forEach(q -> keys.addAll(AnswerValidator.keysOf(q)));
        writeAnswers(r, t, cleaned, keys);
        r.touch(clock.instant());
        responses.flush();
        return r.getVersion();
    }

    /** The draft's version as stored now; pass it to {@link #saveSection} and {@link #submit(long, Answers, int)}. */
    @Transactional(readOnly = true)
    public int version(long responseId) {
        return responses.findById(responseId).map(SurveyResponse::getVersion)
                .orElseThrow(() -> new BusinessException("surveys.error.response-unknown"));
    }

    /** As {@link #submit(long, Answers)}, refused with {@link StaleDraftException} if the draft changed since. */
    @Transactional
    public void submit(long responseId, Answers answers, int expectedVersion) {
        checkVersion(lockDraft(responseId), expectedVersion);
        submit(responseId, answers);
    }

    private static void checkVersion(SurveyResponse r, int expectedVersion) {
        if (r.getVersion() != expectedVersion) {
            throw new StaleDraftException();
        }
    }

    private static Answers validDraft(SurveyTemplate t, Answers answers) {
        List<AnswerError> errors = AnswerValidator.validate(t, answers, false);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return AnswerValidator.clean(t, answers);
    }

    /** The draft was saved by someone else (another tab or device) after this copy was read: reload it. */
    public static final class StaleDraftException extends BusinessException {
        StaleDraftException() {
            super("surveys.error.stale-draft");
        }
    }

    /**
     * Validates the complete answers and freezes the response. The row is locked first, so of two concurrent
     * submits the second sees the first one's result and is refused.
     */
    @Transactional
    public void submit(long responseId, Answers answers) {
        SurveyResponse r = lockDraft(responseId);
        SurveyTemplate t = catalog.get(r.getTemplateId(), r.getTemplateVersion());
        List<AnswerError> errors = AnswerValidator.validate(t, answers, true);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        Answers cleaned = AnswerValidator.clean(t, answers);
        writeAnswers(r, t, cleaned, null);
        r.submit(clock.instant());
    }

    @Transactional
    public void setLanguage(long responseId, String language) {
        lockDraft(responseId).setLanguage(language);
    }

    @Transactional(readOnly = true)
    public ResponseInfo info(long responseId) {
        return responses.findById(responseId).map(SurveyResponse::toInfo)
                .orElseThrow(() -> new BusinessException("surveys.error.response-unknown"));
    }

    @Transactional(readOnly = true)
    public Answers load(long responseId) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer_value FROM survey_answer WHERE response_id = ? ORDER BY question_id, value_index")
                .param(responseId)
                .query(rs -> {
                    map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return new Answers(map);
    }

    /** Submitted answers of these cases, for reports and exports (callers check the evaluator's scope). */
    @Transactional(readOnly = true)
    public List<AnswerRecord> submittedAnswers(ResponsePurpose purpose, Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<AnswerRecord> out = new ArrayList<>();
        for (List<Long> chunk : chunks(caseIds, 1000)) {
            out.addAll(jdbc.sql("""
                    SELECT r.id, r.case_id, r.wave, r.template_id, r.template_version, a.question_id, a.analysis_key, a.answer_value,
                           r.submitted_at
                    FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
                    WHERE r.status = 'SUBMITTED' AND r.purpose = :purpose AND r.case_id IN (:ids)
                    ORDER BY r.id, a.question_id, a.value_index""")
                    .param("purpose", purpose.name()).param("ids", chunk)
                    .query((rs, n) -> new AnswerRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                    .list());
        }
        return out;
    }

    /**
     * Submitted answers of the selected cases in the caller's data scope, for reports and exports: the rows of
     * {@link #submittedAnswers(ResponsePurpose, Collection)} for those cases' ids, ordered by response id, then
     * question id, then value index, for any purpose. Read with the scope in the query (no list of case ids) and
     * without a sort in the database (a server-side sort of 100,000s of rows with long text columns
     * spills to a temporary table on disk). Administrators and evaluators only, as the case selection is.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<AnswerRecord> submittedAnswers(ResponsePurpose purpose, CaseSelection selection) {
        ScopedCases scoped = caseSelection.scoped(selection);
        String submitted = "r.status = 'SUBMITTED' AND r.purpose = :purpose AND r.case_id IN (" + scoped.idsSubquery() + ")";
        Map<Long, SubmittedResponse> byId = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        jdbc.sql("SELECT r.id, r.case_id, r.wave, r.template_id, r.template_version, r.submitted_at"
                        + " FROM survey_response r WHERE " + submitted)
                .params(scoped.params()).param("purpose", purpose.name())
                .query(rs -> {
                    Timestamp at = rs.getTimestamp(6);
                    byId.put(rs.getLong(1), new SubmittedResponse(rs.getLong(2), shared(strings, rs.getString(3)),
                            shared(strings, rs.getString(4)), rs.getInt(5), at == null ? null : at.toInstant()));
                });
        if (byId.isEmpty()) {
            return List.of();
        }
        // each response's values in a list of their own (they come response by response), so that the order by
        // response id, question id and value index is the responses' ids sorted, then a check of each short list,
        // rather than a sort of every value
        Map<Long, List<StoredValue>> valuesOf = new HashMap<>(byId.size() * 2);
        // STRAIGHT_JOIN: from the scoped cases to their responses to their answers, each step by its index. Left to
        // itself MariaDB reads every answer row and checks the scope per row (several times the server time).
        jdbc.sql("SELECT STRAIGHT_JOIN a.response_id, a.question_id, a.value_index, a.analysis_key, a.answer_value"
                        + " FROM (" + scoped.idsSubquery() + ") sc JOIN survey_response r ON r.case_id = sc.id"
                        + " JOIN survey_answer a ON a.response_id = r.id"
                        + " WHERE r.status = 'SUBMITTED' AND r.purpose = :purpose")
                .params(scoped.params()).param("purpose", purpose.name())
                .withFetchSize(LargeReads.FETCH_SIZE)
                .query(new RowCallbackHandler() {
                    long lastId;
                    List<StoredValue> last;

                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        long responseId = rs.getLong(1);
                        if (last == null || responseId != lastId) {
                            lastId = responseId;
                            last = valuesOf.computeIfAbsent(responseId, k -> new ArrayList<>());
                        }
                        // values shared too: most are one of a few scale points or choices, and one copy of each
                        // makes the report's counting by value cheaper
                        last.add(new StoredValue(responseId, shared(strings, rs.getString(2)), rs.getInt(3),
                                shared(strings, rs.getString(4)), shared(strings, rs.getString(5))));
                    }
                });
        long[] responseIds = valuesOf.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int count = 0;
        for (List<StoredValue> v : valuesOf.values()) {
            count += v.size();
        }
        List<AnswerRecord> out = new ArrayList<>(count);
        for (long id : responseIds) {
            SubmittedResponse r = byId.get(id);
            if (r == null) {
                continue;
            }
            List<StoredValue> values = valuesOf.get(id);
            if (!sorted(values)) {
                values.sort(StoredValue.WITHIN_RESPONSE);
            }
            for (StoredValue v : values) {
                out.add(new AnswerRecord(id, r.caseId(), r.wave(), r.templateId(), r.templateVersion(),
                        v.questionId(), v.analysisKey(), v.value(), r.submittedAt()));
            }
        }
        return out;
    }

    /** What every answer row of one submitted response shares. */
    private record SubmittedResponse(long caseId, String wave, String templateId, int templateVersion,
                                     Instant submittedAt) {
    }

    /** One stored answer value, before it is joined with its response. */
    private record StoredValue(long responseId, String questionId, int valueIndex, String analysisKey, String value) {
        /** The order of one response's values (question id and value index are unique within a response). */
        static final Comparator<StoredValue> WITHIN_RESPONSE = Comparator
                .comparing(StoredValue::questionId).thenComparingInt(StoredValue::valueIndex);
    }

    private static boolean sorted(List<StoredValue> values) {
        for (int i = 1; i < values.size(); i++) {
            if (StoredValue.WITHIN_RESPONSE.compare(values.get(i - 1), values.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** One copy of each repeated string (waves, question ids, analysis keys), not one per row. */
    private static String shared(Map<String, String> strings, String s) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }

    /** Removes a response and its answers; used when a staff rating is corrected by a new response. */
    @Transactional
    public void delete(long responseId) {
        jdbc.sql("DELETE FROM survey_response WHERE id = ?").param(responseId).update();
    }

    /** A deleted case takes its responses (and, by cascade, their answers) with it. */
    @EventListener
    void onCaseDeleted(CaseDeleted event) {
        jdbc.sql("DELETE FROM survey_response WHERE case_id = ?").param(event.caseId()).update();
    }

    private SurveyResponse lockDraft(long responseId) {
        SurveyResponse r = responses.findForUpdate(responseId)
                .orElseThrow(() -> new BusinessException("surveys.error.response-unknown"));
        if (r.isSubmitted()) {
            throw new BusinessException("surveys.error.already-submitted");
        }
        return r;
    }

    /**
     * Brings the stored answer rows of the keys in {@code scope} (all keys if null) in line with {@code answers},
     * each row by its primary key: a changed value is updated, a vanished one deleted, a new one inserted; rows of
     * other keys are not touched. Deleting all of a response's rows and inserting them again made two saves at
     * the same moment deadlock: the DELETE's range locks and the re-insert's duplicate check lock the next
     * response's first index entry and the gap before it (found by the load benchmark, see
     * docs/decisions-load.md). The caller holds the response row's lock, so nobody else changes these rows.
     */
    private void writeAnswers(SurveyResponse r, SurveyTemplate t, Answers answers, java.util.Set<String> scope) {
        Map<String, StoredAnswer> stored = new HashMap<>();
        jdbc.sql("SELECT id, question_id, value_index, answer_value FROM survey_answer WHERE response_id = ?")
                .param(r.getId())
                .query(rs -> {
                    if (scope == null || scope.contains(rs.getString(2))) {
                        stored.put(rowKey(rs.getString(2), rs.getInt(3)), new StoredAnswer(rs.getLong(1), rs.getString(4)));
                    }
                });
        for (Question q : t.questions()) {
            if (q.type() == QuestionType.MATRIX) {
                for (MatrixItem item : q.items()) {
                    String key = q.id() + "." + item.id();
                    if (scope == null || scope.contains(key)) {
                        write(r.getId(), key, item.analysisKey(), answers.values(key), stored);
                    }
                }
            } else if (scope == null || scope.contains(q.id())) {
                write(r.getId(), q.id(), q.analysisKey(), answers.values(q.id()), stored);
            }
        }
        for (StoredAnswer gone : stored.values()) {
            jdbc.sql("DELETE FROM survey_answer WHERE id = ?").param(gone.id()).update();
        }
    }

    private record StoredAnswer(long id, String value) {
    }

    private static String rowKey(String questionKey, int valueIndex) {
        return questionKey + "#" + valueIndex;
    }

    /** Writes one question's values; rows it keeps or replaces are taken out of {@code stored}. */
    private void write(long responseId, String questionKey, String analysisKey, List<String> values,
                       Map<String, StoredAnswer> stored) {
        for (int i = 0; i < values.size(); i++) {
            StoredAnswer old = stored.remove(rowKey(questionKey, i));
            if (old == null) {
                jdbc.sql("INSERT INTO survey_answer (response_id, question_id, analysis_key, value_index, answer_value) VALUES (?, ?, ?, ?, ?)")
                        .params(responseId, questionKey, analysisKey, i, values.get(i)).update();
            } else if (!old.value().equals(values.get(i))) {
                jdbc.sql("UPDATE survey_answer SET answer_value = ? WHERE id = ?").params(values.get(i), old.id()).update();
            }
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> all, int size) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}

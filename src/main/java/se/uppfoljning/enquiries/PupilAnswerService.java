package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.retry.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.TransientFailureRetry;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;

/**
 * The pupil's side, without an account (issue #16): a pupil code opens one questionnaire of one case and wave;
 * each screen's answer is saved as the pupil goes on, and the submit is final and happens once. The same rules as
 * the parents' ({@link ParentAnswerService}): the same throttle on wrong codes, the same one-submission key, the
 * same refusals ({@link ParentAnswerService.LinkClosed}: unknown, used, expired, revoked) plus {@code no-consent}
 * when the consent recorded last for the case and wave no longer says yes to both. A refusal stores nothing.
 */
@Service
@PreAuthorize("permitAll()")
public class PupilAnswerService {

    /** Refusal reason: the consent for the code's case and wave was withdrawn (or never both yes). */
    public static final String NO_CONSENT = "no-consent";
    private final PupilCodeRepository codes;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final JdbcClient jdbc;
    private final CodeThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    PupilAnswerService(PupilCodeRepository codes, ResponseService responses, TemplateCatalog catalog, JdbcClient jdbc,
                       EnquiriesProperties properties, AuditTrail audit, Clock clock,
                       PlatformTransactionManager transactions) {
        this.codes = codes;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.throttle = new CodeThrottle(properties, jdbc, transactions, clock);
    }

    /**
     * Exchanges a typed pupil code for the code id the session keeps. Wrong codes count against the same
     * throttle as the parents' ({@code enquiries.code.error.wait}, argument: whole minutes); a wrong code is
     * {@code pupils.code.error.wrong}. The code itself is never logged.
     */
    @Transactional
    public long openCode(String code, String clientKey) {
        throttle.refuseWhileLocked(clientKey, audit, "pupil", "PUPIL_CODE_REFUSED");
        String normalized = Secrets.normalizeCode(code);
        PupilCode found = Secrets.looksLikePupilCode(normalized)
                ? codes.findByCodeHash(Secrets.hash(normalized)).orElse(null) : null;
        if (found == null) {
            throw throttle.wrongCode(clientKey, audit, "pupil", "PUPIL_CODE_FAILED", "pupils.code.error.wrong");
        }
        usable(found).markOpened(clock.instant());
        return found.getId();
    }

    @Transactional(readOnly = true)
    public PupilEnquiry load(long codeId) {
        PupilCode code = usable(codes.findById(codeId).orElseThrow(() -> closed("unknown")));
        SurveyTemplate template = catalog.get(code.getTemplateId(), code.getTemplateVersion());
        Answers answers = code.getResponseId() == null ? Answers.empty() : responses.load(code.getResponseId());
        String language = code.getResponseId() == null ? null : responses.info(code.getResponseId()).language();
        return new PupilEnquiry(code.getId(), code.getWave(), template, language, answers,
                catalog.parentLanguages(template));
    }

    /** Starts (or switches the language of) the pupil's response; a language the template does not offer is refused. */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void chooseLanguage(long codeId, String language) {
        PupilCode code = usable(lock(codeId));
        SurveyTemplate template = catalog.get(code.getTemplateId(), code.getTemplateVersion());
        if (!catalog.parentLanguages(template).contains(language)) {
            throw new BusinessException("language", "enquiries.answer.error.language");
        }
        if (code.getResponseId() == null) {
            code.setResponseId(responses.start(template, ResponsePurpose.PUPIL, code.getCaseId(), code.getWave().name(),
                    language));
        } else {
            responses.setLanguage(code.getResponseId(), language);
        }
    }

    /** Saves the answers of the screen the pupil leaves (only the keys given; nothing else changes). */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void saveProgress(long codeId, Answers answers) {
        PupilCode code = usable(lock(codeId));
        ensureResponse(code);
        responses.saveDraft(code.getResponseId(), answers);
    }

    /**
     * Final and exactly once, as the parents' submit: the code row is locked, the answers validated and frozen,
     * and the submission recorded under a primary key on the code in one transaction. A second submit (double
     * tap, second tab, retried request) is refused with reason {@code used}.
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void submit(long codeId, Answers answers) {
        PupilCode code = usable(lock(codeId));
        ensureResponse(code);
        responses.submit(code.getResponseId(), answers);
        Instant now = clock.instant();
        ParentAnswerService.recordSubmission(jdbc,
                "INSERT INTO enquiry_pupil_submission (code_id, response_id, submitted_at) VALUES (?, ?, ?)",
                code.getId(), code.getResponseId(), now);
        code.markSubmitted(now);
    }

    private void ensureResponse(PupilCode code) {
        if (code.getResponseId() == null) {
            SurveyTemplate template = catalog.get(code.getTemplateId(), code.getTemplateVersion());
            code.setResponseId(responses.start(template, ResponsePurpose.PUPIL, code.getCaseId(), code.getWave().name(),
                    "sv"));
        }
    }

    private PupilCode lock(long codeId) {
        return codes.findForUpdate(codeId).orElseThrow(() -> closed("unknown"));
    }

    /** Refuses a used, withdrawn or expired code, and any code whose case and wave no longer has consent. */
    private PupilCode usable(PupilCode code) {
        ParentAnswerService.refuseIfClosed(code.status(clock.instant()));
        if (!PupilCodeService.latestConsent(jdbc, code.getCaseId(), code.getWave())
                .map(PupilConsent::allowsAnswers).orElse(false)) {
            throw closed(NO_CONSENT);
        }
        return code;
    }

    private static ParentAnswerService.LinkClosed closed(String reason) {
        return ParentAnswerService.closed(reason);
    }
}

package se.uppfoljning.enquiries;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.retry.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.TransientFailureRetry;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponseService;
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
    private final AnswerSlots<PupilCode> slots;
    private final CodeThrottle throttle;
    private final AuditTrail audit;

    PupilAnswerService(PupilCodeRepository codes, ResponseService responses, TemplateCatalog catalog, JdbcClient jdbc,
                       EnquiriesProperties properties, AuditTrail audit, Clock clock,
                       PlatformTransactionManager transactions) {
        this.codes = codes;
        this.audit = audit;
        this.throttle = new CodeThrottle(properties, jdbc, transactions, clock);
        this.slots = new AnswerSlots<>(codes::findById, codes::findForUpdate, code -> refuseWithoutConsent(jdbc, code),
                "INSERT INTO enquiry_pupil_submission (code_id, response_id, submitted_at) VALUES (?, ?, ?)",
                responses, catalog, jdbc, clock);
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
        return slots.open(found);
    }

    @Transactional(readOnly = true)
    public PupilEnquiry load(long codeId) {
        AnswerSlots.Snapshot<PupilCode> s = slots.read(codeId);
        return new PupilEnquiry(s.slot().getId(), s.slot().getWave(), s.template(), s.language(), s.answers(),
                s.languages());
    }

    /** Starts (or switches the language of) the pupil's response; a language the template does not offer is refused. */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void chooseLanguage(long codeId, String language) {
        slots.chooseLanguage(codeId, language);
    }

    /** Saves the answers of the screen the pupil leaves (only the keys given; nothing else changes). */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void saveProgress(long codeId, Answers answers) {
        slots.saveDraft(codeId, answers);
    }

    /**
     * Final and exactly once, as the parents' submit: the code row is locked, the answers validated and frozen,
     * and the submission recorded under a primary key on the code in one transaction. A second submit (double
     * tap, second tab, retried request) is refused with reason {@code used}.
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void submit(long codeId, Answers answers) {
        slots.submit(codeId, answers, null);
    }

    /** Refuses a code whose case and wave no longer has consent (checked after used, withdrawn and expired). */
    private static void refuseWithoutConsent(JdbcClient jdbc, PupilCode code) {
        if (!PupilCodeService.latestConsent(jdbc, code.getCaseId(), code.getWave())
                .map(PupilConsent::allowsAnswers).orElse(false)) {
            throw ParentAnswerService.closed(NO_CONSENT);
        }
    }
}

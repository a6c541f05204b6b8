package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
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
 * The parent's side, without an account: a link token or a paper code opens one invitation; answers are
 * saved page by page and submitted exactly once. Every refusal names only what the parent can act on
 * (used, expired, withdrawn, unknown) and nothing about the case. Nothing about the parent is stored.
 */
@Service
@PreAuthorize("permitAll()")
public class ParentAnswerService {

    private final InvitationRepository invitations;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final JdbcClient jdbc;
    private final CodeThrottle throttle;
    private final PaperEntries paperEntries;
    private final AuditTrail audit;
    private final Clock clock;

    ParentAnswerService(InvitationRepository invitations, ResponseService responses, TemplateCatalog catalog,
                        JdbcClient jdbc, EnquiriesProperties properties, AuditTrail audit, Clock clock,
                        PlatformTransactionManager transactions, PaperEntries paperEntries) {
        this.invitations = invitations;
        this.paperEntries = paperEntries;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.throttle = new CodeThrottle(properties, jdbc, transactions, clock);
    }

    /** Exchanges a link token for the invitation id the session keeps from now on. */
    @Transactional
    public long openLink(String token) {
        if (!Secrets.looksLikeToken(token)) {
            throw closed("unknown");
        }
        Invitation inv = invitations.findByTokenHash(Secrets.hash(token)).orElseThrow(() -> closed("unknown"));
        return open(inv);
    }

    /**
     * Paper code entry. Wrong codes are counted per client address and for everybody ({@link CodeThrottle});
     * while an address must wait, no code is checked, the refusal is audited ({@code ENQUIRY_CODE_REFUSED}) and
     * the parent reads how many minutes to wait ({@code enquiries.code.error.wait}, argument: whole minutes,
     * rounded up). The wrong code itself is never logged: it might be a real code with one typo.
     */
    @Transactional
    public long openCode(String code, String clientKey) {
        throttle.refuseWhileLocked(clientKey, audit, "parent", "ENQUIRY_CODE_REFUSED");
        String normalized = Secrets.normalizeCode(code);
        Invitation inv = Secrets.looksLikeCode(normalized)
                ? invitations.findByCodeHash(Secrets.hash(normalized)).orElse(null) : null;
        if (inv == null) {
            throw throttle.wrongCode(clientKey, audit, "parent", "ENQUIRY_CODE_FAILED", "enquiries.code.error.wrong");
        }
        return open(inv);
    }

    @Transactional(readOnly = true)
    public ParentEnquiry load(long invitationId) {
        Invitation inv = usable(invitations.findById(invitationId).orElseThrow(() -> closed("unknown")));
        return enquiry(inv, catalog.get(inv.getTemplateId(), inv.getTemplateVersion()));
    }

    private ParentEnquiry enquiry(Invitation inv, SurveyTemplate template) {
        Answers answers = inv.getResponseId() == null ? Answers.empty() : responses.load(inv.getResponseId());
        String language = inv.getResponseId() == null ? null : responses.info(inv.getResponseId()).language();
        int version = inv.getResponseId() == null ? 0 : responses.version(inv.getResponseId());
        return new ParentEnquiry(inv.getId(), inv.getWave(), template, language, answers, inv.getResponseId() != null,
                version, catalog.parentLanguages(template));
    }

    /**
     * Starts (or switches the language of) the parent's response.
     *
     * @return the enquiry as {@link #load} gives it after the choice, read in the same transaction (the language
     *         step needs no second one)
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public ParentEnquiry chooseLanguage(long invitationId, String language) {
        Invitation inv = usable(lock(invitationId));
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        if (!catalog.parentLanguages(template).contains(language)) {
            throw new BusinessException("language", "enquiries.answer.error.language");
        }
        if (inv.getResponseId() == null) {
            inv.setResponseId(responses.start(template, ResponsePurpose.ENQUIRY, inv.getCaseId(), inv.getWave().name(), language));
        } else {
            responses.setLanguage(inv.getResponseId(), language);
        }
        // Written now, so that the version read below is the one the next save must quote.
        invitations.flush();
        return enquiry(inv, template);
    }

    /** Saves the answers given (and deletes none), so a closed tab can resume with the same link. */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void saveProgress(long invitationId, Answers answers) {
        Invitation inv = usable(lock(invitationId));
        ensureResponse(inv);
        responses.saveDraft(inv.getResponseId(), answers);
    }

    /**
     * Saves the page the parent leaves with Next: only that page's answers change, the other pages' stay as
     * stored. Refused with {@link se.uppfoljning.surveys.ResponseService.StaleDraftException} when the answers
     * were saved from another tab or device since {@code expectedVersion} (from {@link #load}) was read.
     *
     * @return the new version, to pass with the next save or the submit
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public int saveProgress(long invitationId, int section, Answers answers, int expectedVersion) {
        Invitation inv = usable(lock(invitationId));
        ensureResponse(inv);
        return responses.saveSection(inv.getResponseId(), section, answers, expectedVersion);
    }

    /**
     * Final and exactly once: the invitation row is locked, the answers validated and frozen, and the
     * submission recorded under a primary key on the invitation, all in one transaction. A second submit,
     * from a double click, a second tab or a retried request, is refused with "already submitted". A
     * transaction that lost a deadlock or a Galera conflict stored nothing and is run again (as are language
     * choice and saving progress, which only overwrite); called from views, never inside another transaction.
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void submit(long invitationId, Answers answers) {
        doSubmit(invitationId, answers, null);
    }

    /**
     * As {@link #submit(long, Answers)}, but refused with
     * {@link se.uppfoljning.surveys.ResponseService.StaleDraftException} when the draft was saved from another tab
     * or device since {@code expectedVersion} was read: the answers of an outdated copy never replace newer ones.
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void submit(long invitationId, Answers answers, int expectedVersion) {
        doSubmit(invitationId, answers, expectedVersion);
    }

    private void doSubmit(long invitationId, Answers answers, Integer expectedVersion) {
        Invitation inv = usable(lock(invitationId));
        ensureResponse(inv);
        if (expectedVersion == null) {
            responses.submit(inv.getResponseId(), answers);
        } else {
            responses.submit(inv.getResponseId(), answers, expectedVersion);
        }
        Instant now = clock.instant();
        recordSubmission(jdbc, "INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at) VALUES (?, ?, ?)",
                inv.getId(), inv.getResponseId(), now);
        inv.markSubmitted(now);
        // A paper form being double-entered for this invitation no longer counts: the guardian's own answer wins,
        // and staff who go on with it are told why (PaperEntryService).
        if (paperEntries.close(inv.getId(), PaperEntries.Outcome.WEB_ANSWER, now) > 0) {
            audit.record("parent", "PAPER_ENTRIES_DISCARDED", "invitation:" + inv.getId(), "answered on the web");
        }
    }

    private void ensureResponse(Invitation inv) {
        if (inv.getResponseId() == null) {
            SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
            inv.setResponseId(responses.start(template, ResponsePurpose.ENQUIRY, inv.getCaseId(), inv.getWave().name(),
                    inv.familyLanguage()));
        }
    }

    private long open(Invitation inv) {
        usable(inv).markOpened(clock.instant());
        return inv.getId();
    }

    private Invitation lock(long invitationId) {
        return invitations.findForUpdate(invitationId).orElseThrow(() -> closed("unknown"));
    }

    private Invitation usable(Invitation inv) {
        refuseIfClosed(inv.status(clock.instant()));
        return inv;
    }

    /** Refuses a used, withdrawn or expired link or code ({@link LinkClosed} with that reason). */
    static void refuseIfClosed(InvitationStatus status) {
        switch (status) {
            case SUBMITTED -> throw closed("used");
            case REVOKED -> throw closed("revoked");
            case EXPIRED -> throw closed("expired");
            default -> {
            }
        }
    }

    /**
     * The database's one-submission guarantee: inserts the submission row under its primary key; a second one
     * (double click, second tab, retried request) hits the key and is refused as {@code used}.
     *
     * @param insert {@code INSERT} of (owner id, response id, submitted at)
     */
    static void recordSubmission(JdbcClient jdbc, String insert, long ownerId, long responseId, Instant now) {
        try {
            jdbc.sql(insert).params(ownerId, responseId, java.sql.Timestamp.from(now)).update();
        } catch (DuplicateKeyException alreadyThere) {
            throw closed("used");
        }
    }

    /** Why a link can no longer be used; the reason is one of unknown, used, expired, revoked. */
    public static final class LinkClosed extends BusinessException {
        private final String reason;

        LinkClosed(String reason) {
            super("enquiries.closed." + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static LinkClosed closed(String reason) {
        return new LinkClosed(reason);
    }
}

package se.uppfoljning.enquiries;

import java.time.Clock;
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
import se.uppfoljning.surveys.ResponseService;
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
    private final AnswerSlots<Invitation> slots;
    private final ResponseService responses;
    private final CodeThrottle throttle;
    private final PaperEntries paperEntries;
    private final AuditTrail audit;

    ParentAnswerService(InvitationRepository invitations, ResponseService responses, TemplateCatalog catalog,
                        JdbcClient jdbc, EnquiriesProperties properties, AuditTrail audit, Clock clock,
                        PlatformTransactionManager transactions, PaperEntries paperEntries) {
        this.invitations = invitations;
        this.paperEntries = paperEntries;
        this.responses = responses;
        this.audit = audit;
        this.throttle = new CodeThrottle(properties, jdbc, transactions, clock);
        this.slots = new AnswerSlots<>(invitations::findById, invitations::findForUpdate, inv -> {
        }, "INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at) VALUES (?, ?, ?)",
                responses, catalog, jdbc, clock);
    }

    /** Exchanges a link token for the invitation id the session keeps from now on. */
    @Transactional
    public long openLink(String token) {
        if (!Secrets.looksLikeToken(token)) {
            throw closed("unknown");
        }
        return slots.open(invitations.findByTokenHash(Secrets.hash(token)).orElseThrow(() -> closed("unknown")));
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
        return slots.open(inv);
    }

    @Transactional(readOnly = true)
    public ParentEnquiry load(long invitationId) {
        return enquiry(slots.read(invitationId));
    }

    private ParentEnquiry enquiry(AnswerSlots.Snapshot<Invitation> s) {
        Invitation inv = s.slot();
        int version = s.started() ? responses.version(inv.getResponseId()) : 0;
        return new ParentEnquiry(inv.getId(), inv.getWave(), s.template(), s.language(), s.answers(), s.started(),
                version, s.languages());
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
        slots.chooseLanguage(invitationId, language);
        // Written now, so that the version read below is the one the next save must quote.
        invitations.flush();
        return enquiry(slots.read(invitationId));
    }

    /** Saves the answers given (and deletes none), so a closed tab can resume with the same link. */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    public void saveProgress(long invitationId, Answers answers) {
        slots.saveDraft(invitationId, answers);
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
        return slots.saveSection(invitationId, section, answers, expectedVersion);
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
        Invitation inv = slots.submit(invitationId, answers, expectedVersion);
        // A paper form being double-entered for this invitation no longer counts: the guardian's own answer wins,
        // and staff who go on with it are told why (PaperEntryService).
        if (paperEntries.close(inv.getId(), PaperEntries.Outcome.WEB_ANSWER, inv.getSubmittedAt()) > 0) {
            audit.record("parent", "PAPER_ENTRIES_DISCARDED", "invitation:" + inv.getId(), "answered on the web");
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

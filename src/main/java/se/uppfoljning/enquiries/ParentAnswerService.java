package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
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
    private final AuditTrail audit;
    private final Clock clock;

    ParentAnswerService(InvitationRepository invitations, ResponseService responses, TemplateCatalog catalog,
                        JdbcClient jdbc, EnquiriesProperties properties, AuditTrail audit, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.throttle = new CodeThrottle(properties.codeAttemptsPerMinute(), properties.globalCodeAttemptsPerMinute(),
                properties.lockoutFailures(), properties.lockoutDuration(), clock);
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

    /** Paper code entry, throttled per client and globally; repeated wrong codes lock the client out. */
    @Transactional
    public long openCode(String code, String clientKey) {
        switch (throttle.tryAttempt(clientKey)) {
            case LOCKED -> throw new BusinessException("code", "enquiries.code.error.locked");
            case SLOW_DOWN -> throw new BusinessException("code", "enquiries.code.error.slow-down");
            case ALLOWED -> { }
        }
        String normalized = Secrets.normalizeCode(code);
        Invitation inv = Secrets.looksLikeCode(normalized)
                ? invitations.findByCodeHash(Secrets.hash(normalized)).orElse(null) : null;
        if (inv == null) {
            boolean locked = throttle.recordFailure(clientKey);
            // The wrong code itself is never logged: it might be a real code with one typo.
            audit.record("parent", "ENQUIRY_CODE_FAILED", null, locked ? "client locked out" : null);
            throw new BusinessException("code", locked ? "enquiries.code.error.locked" : "enquiries.code.error.wrong");
        }
        throttle.recordSuccess(clientKey);
        return open(inv);
    }

    @Transactional(readOnly = true)
    public ParentEnquiry load(long invitationId) {
        Invitation inv = usable(invitations.findById(invitationId).orElseThrow(() -> closed("unknown")));
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        Answers answers = inv.getResponseId() == null ? Answers.empty() : responses.load(inv.getResponseId());
        String language = inv.getResponseId() == null ? null : responses.info(inv.getResponseId()).language();
        return new ParentEnquiry(inv.getId(), inv.getWave(), template, language, answers, inv.getResponseId() != null,
                catalog.parentLanguages(template));
    }

    /** Starts (or switches the language of) the parent's response. */
    @Transactional
    public void chooseLanguage(long invitationId, String language) {
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
    }

    /** Saves the answers so far, so a closed tab can resume with the same link. */
    @Transactional
    public void saveProgress(long invitationId, Answers answers) {
        Invitation inv = usable(lock(invitationId));
        ensureResponse(inv);
        responses.saveDraft(inv.getResponseId(), answers);
    }

    /**
     * Final and exactly once: the invitation row is locked, the answers validated and frozen, and the
     * submission recorded under a primary key on the invitation, all in one transaction. A second submit,
     * from a double click, a second tab or a retried request, is refused with "already submitted".
     */
    @Transactional
    public void submit(long invitationId, Answers answers) {
        Invitation inv = usable(lock(invitationId));
        ensureResponse(inv);
        responses.submit(inv.getResponseId(), answers);
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at) VALUES (?, ?, ?)")
                    .params(inv.getId(), inv.getResponseId(), java.sql.Timestamp.from(now)).update();
        } catch (DuplicateKeyException alreadyThere) {
            throw closed("used");
        }
        inv.markSubmitted(now);
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
        switch (inv.status(clock.instant())) {
            case SUBMITTED -> throw closed("used");
            case REVOKED -> throw closed("revoked");
            case EXPIRED -> throw closed("expired");
            default -> {
                return inv;
            }
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

    private static LinkClosed closed(String reason) {
        return new LinkClosed(reason);
    }
}

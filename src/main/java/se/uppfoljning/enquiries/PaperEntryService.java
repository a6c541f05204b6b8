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
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;

/**
 * The paper route: staff enter a returned paper questionnaire (or a telephone interview) for the invitation
 * whose code is printed on it. The answers go to the same case and wave as a web answer, with the mode and
 * who entered them. One answer per invitation whatever the route: an invitation answered on the web cannot be
 * entered from paper (and the web link of an entered invitation says "already answered"). Audited.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
public class PaperEntryService {

    private final InvitationRepository invitations;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentStaff current;
    private final Clock clock;

    PaperEntryService(InvitationRepository invitations, ResponseService responses, TemplateCatalog catalog,
                      JdbcClient jdbc, AuditTrail audit, CurrentStaff current, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** What the entry screen shows for a code: the invitation and its questionnaire. */
    public record PaperForm(long invitationId, Wave wave, SurveyTemplate template) {
    }

    /**
     * @param code the code printed on the form (spaces, case and dashes do not matter)
     * @throws BusinessException {@code enquiries.paper.error.unknown}, {@code ...already-answered},
     *         {@code ...revoked}
     */
    @Transactional(readOnly = true)
    public PaperForm open(String code) {
        Invitation inv = byCode(code);
        refuseIfClosed(inv);
        return new PaperForm(inv.getId(), inv.getWave(), catalog.get(inv.getTemplateId(), inv.getTemplateVersion()));
    }

    /**
     * Validates and stores the answers as submitted, exactly once per invitation.
     *
     * @param mode {@link AnswerMode#PAPER} or {@link AnswerMode#TELEPHONE}
     * @param language the language of the paper form (or of the interview)
     */
    @Transactional
    public void enter(long invitationId, AnswerMode mode, String language, Answers answers) {
        if (mode == AnswerMode.WEB) {
            throw new BusinessException("mode", "enquiries.paper.error.mode");
        }
        Invitation inv = invitations.findForUpdate(invitationId)
                .orElseThrow(() -> new BusinessException("code", "enquiries.paper.error.unknown"));
        refuseIfClosed(inv);
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        if (!template.languages().contains(language)) {
            throw new BusinessException("language", "enquiries.answer.error.language");
        }
        if (inv.getResponseId() == null) {
            inv.setResponseId(responses.start(template, ResponsePurpose.ENQUIRY, inv.getCaseId(), inv.getWave().name(),
                    language));
        } else {
            // a web draft nobody submitted: the paper answers replace it
            responses.setLanguage(inv.getResponseId(), language);
        }
        responses.submit(inv.getResponseId(), answers);
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at, mode, entered_by)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(inv.getId(), inv.getResponseId(), java.sql.Timestamp.from(now), mode.name(),
                            current.actorName()).update();
        } catch (DuplicateKeyException alreadyThere) {
            throw new BusinessException("code", "enquiries.paper.error.already-answered");
        }
        inv.markSubmitted(now);
        audit.record(current.actorName(), "ENQUIRY_ANSWER_ENTERED", "invitation:" + inv.getId(), mode.name());
    }

    private Invitation byCode(String code) {
        String normalized = Secrets.normalizeCode(code == null ? "" : code);
        return (Secrets.looksLikeCode(normalized) ? invitations.findByCodeHash(Secrets.hash(normalized))
                : java.util.Optional.<Invitation>empty())
                .orElseThrow(() -> new BusinessException("code", "enquiries.paper.error.unknown"));
    }

    private void refuseIfClosed(Invitation inv) {
        switch (inv.status(clock.instant())) {
            case SUBMITTED -> throw new BusinessException("code", "enquiries.paper.error.already-answered");
            case REVOKED -> throw new BusinessException("code", "enquiries.paper.error.revoked");
            default -> {
                // open or expired: a form that comes back late still counts
            }
        }
    }
}

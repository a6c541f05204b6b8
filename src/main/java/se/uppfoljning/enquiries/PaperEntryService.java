package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.surveys.AnswerError;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.InvalidAnswersException;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;

/**
 * The paper route: staff enter a returned paper questionnaire (or a telephone interview) for the invitation
 * whose code is printed on it. The answers go to the same case and wave as a web answer, with the mode and
 * who entered them. One answer per invitation whatever the route: an invitation answered on the web cannot be
 * entered from paper (and the web link of an entered invitation says "already answered"). Audited.
 *
 * <p>Double entry (a project setting, off unless switched on; see docs/decisions.md 2026-12-01 "Double entry of
 * paper forms"): a paper form is entered twice, independently, by two different staff members. Two entries
 * that agree are submitted; otherwise the discrepancies per question wait until a coordinator resolves each of
 * them ({@link #resolve}). Until then the answers are not an answer: not in reports or exports, and the
 * invitation stays open, so a guardian who answers on the web meanwhile wins and the paper entries are not used.
 * Telephone interviews are entered once (there is no second copy to enter).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
public class PaperEntryService {

    private final InvitationRepository invitations;
    private final ResponseService responses;
    private final TemplateCatalog catalog;
    private final PaperEntries entries;
    private final CaseService cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentStaff current;
    private final Clock clock;

    PaperEntryService(InvitationRepository invitations, ResponseService responses, TemplateCatalog catalog,
                      PaperEntries entries, CaseService cases, JdbcClient jdbc, AuditTrail audit,
                      CurrentStaff current, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.entries = entries;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /**
     * What the entry screen shows for a code: the invitation and its questionnaire.
     *
     * @param doubleEntry whether the invitation's project enters paper forms twice
     * @param entryNo which entry of a paper form the caller would make: 1, or 2 when someone else made the first
     */
    public record PaperForm(long invitationId, Wave wave, SurveyTemplate template, boolean doubleEntry, int entryNo) {
    }

    /** What {@link #enter} did with the answers. */
    public enum EntryOutcome {
        /** The answer counts (single entry, or a second entry that agrees with the first). */
        SUBMITTED,
        /** The first of two entries is kept; another staff member enters the same form again. */
        FIRST_ENTRY_SAVED,
        /** The second entry differs from the first: a coordinator resolves the discrepancies. */
        DISCREPANCIES
    }

    /**
     * One question (a matrix row by {@code questionId.itemId}) on which the two entries differ.
     *
     * @param first the first entry's values (empty: left blank), as stored
     */
    public record Discrepancy(String questionKey, List<String> first, List<String> second) {
    }

    /**
     * A double-entered form awaiting resolution (or the state of one that is): who entered it and where the two
     * entries differ, in the order of the questionnaire.
     */
    public record Comparison(long invitationId, String caseCode, Wave wave, SurveyTemplate template, String language,
                             String firstBy, String secondBy, List<Discrepancy> discrepancies) {
    }

    /**
     * @param code the code printed on the form (spaces, case and dashes do not matter)
     * @throws BusinessException {@code enquiries.paper.error.unknown}, {@code ...already-answered},
     *         {@code ...revoked}, {@code ...answered-on-web}, {@code ...same-person}, {@code ...awaiting-resolution}
     */
    @Transactional(readOnly = true)
    public PaperForm open(String code) {
        Invitation inv = byCode(code);
        refuseIfClosed(inv);
        List<PaperEntries.Entry> open = openEntries(inv.getId());
        refuseIfNoEntryLeft(open);
        // a form entered once stays in double entry even if the project has switched it off since
        return new PaperForm(inv.getId(), inv.getWave(), catalog.get(inv.getTemplateId(), inv.getTemplateVersion()),
                !open.isEmpty() || entries.doubleEntry(inv.getProjectId()), open.size() + 1);
    }

    /**
     * Validates the answers (complete, as for a web submit) and stores them: submitted at once, exactly once per
     * invitation, unless the project enters paper forms twice ({@link EntryOutcome}). The second entry must be
     * made by someone other than the first; a third is refused until the discrepancies are resolved.
     *
     * @param mode {@link AnswerMode#PAPER} or {@link AnswerMode#TELEPHONE}
     * @param language the language of the paper form (or of the interview)
     * @throws InvalidAnswersException for answers a web submit would refuse
     * @throws BusinessException {@code enquiries.paper.error.mode}, {@code ...same-person},
     *         {@code ...awaiting-resolution}, {@code ...answered-on-web}, and those of {@link #open}
     */
    @Transactional
    public EntryOutcome enter(long invitationId, AnswerMode mode, String language, Answers answers) {
        if (mode == null || mode == AnswerMode.WEB) {
            throw new BusinessException("mode", "enquiries.paper.error.mode");
        }
        Invitation inv = lock(invitationId);
        refuseIfClosed(inv);
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        if (!template.languages().contains(language)) {
            throw new BusinessException("language", "enquiries.answer.error.language");
        }
        List<PaperEntries.Entry> open = openEntries(inv.getId());
        refuseIfNoEntryLeft(open);
        if (open.isEmpty() && (mode == AnswerMode.TELEPHONE || !entries.doubleEntry(inv.getProjectId()))) {
            submit(inv, template, mode, language, answers, current.actorName(), null, null);
            audit.record(current.actorName(), "ENQUIRY_ANSWER_ENTERED", "invitation:" + inv.getId(), mode.name());
            return EntryOutcome.SUBMITTED;
        }
        if (mode != AnswerMode.PAPER) {
            throw new BusinessException("mode", "enquiries.paper.error.awaiting-second-entry");
        }
        Answers cleaned = complete(template, answers);
        Instant now = clock.instant();
        try {
            entries.insert(inv.getId(), open.size() + 1, language, cleaned, current.actorName(), now);
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessException("code", "enquiries.paper.error.awaiting-resolution");
        }
        if (open.isEmpty()) {
            audit.record(current.actorName(), "ENQUIRY_ANSWER_ENTERED", "invitation:" + inv.getId(), "PAPER entry 1 of 2");
            return EntryOutcome.FIRST_ENTRY_SAVED;
        }
        PaperEntries.Entry first = open.getFirst();
        List<Discrepancy> differences = compare(template, first.answers(), cleaned);
        if (!differences.isEmpty()) {
            audit.record(current.actorName(), "ENQUIRY_ANSWER_ENTERED", "invitation:" + inv.getId(),
                    "PAPER entry 2 of 2, " + differences.size() + " discrepancies");
            return EntryOutcome.DISCREPANCIES;
        }
        submit(inv, template, AnswerMode.PAPER, first.language(), cleaned, first.enteredBy(), current.actorName(), null);
        entries.close(inv.getId(), PaperEntries.Outcome.MATCHED, now);
        audit.record(current.actorName(), "ENQUIRY_ANSWER_ENTERED", "invitation:" + inv.getId(),
                "PAPER entry 2 of 2, matching, submitted");
        return EntryOutcome.SUBMITTED;
    }

    /** Double-entered forms in the caller's scope whose discrepancies wait for a coordinator, oldest first. */
    @Transactional(readOnly = true)
    public List<Comparison> awaitingResolution() {
        List<Comparison> out = new ArrayList<>();
        for (long invitationId : entries.awaitingResolution()) {
            Invitation inv = invitations.findById(invitationId).orElse(null);
            CaseDetails c = inv == null ? null : inScope(inv);
            if (c != null && inv.status(clock.instant()) != InvitationStatus.SUBMITTED) {
                out.add(comparison(inv, c, openEntries(invitationId)));
            }
        }
        return out;
    }

    /**
     * The discrepancies of one double-entered form.
     *
     * @throws BusinessException {@code enquiries.paper.error.not-awaiting} when it has no two open entries, and
     *         those of {@link #open}
     */
    @Transactional(readOnly = true)
    public Comparison comparison(long invitationId) {
        Invitation inv = invitations.findById(invitationId)
                .orElseThrow(() -> new BusinessException("code", "enquiries.paper.error.unknown"));
        CaseDetails c = inScope(inv);
        if (c == null) {
            throw new BusinessException("code", "enquiries.paper.error.unknown");
        }
        refuseIfClosed(inv);
        List<PaperEntries.Entry> open = openEntries(invitationId);
        if (open.size() != 2) {
            throw new BusinessException("code", "enquiries.paper.error.not-awaiting");
        }
        return comparison(inv, c, open);
    }

    /**
     * Resolves every discrepancy of a double-entered form and submits the answer: the values both entries agree
     * on, with {@code resolved} for each question where they differ (an empty list: no answer). The resolver may
     * be any coordinator, one of the two who entered it included: they decide with the paper form at hand.
     * Checked under the invitation's row lock, so of two coordinators resolving the same form at once the second
     * is refused ({@code ...resolved-meanwhile}) and nothing of theirs is stored; a guardian's web answer that
     * arrived meanwhile wins ({@code ...answered-on-web}).
     *
     * @param resolved the chosen values per discrepant question key; keys without a discrepancy are ignored
     * @throws BusinessException {@code enquiries.paper.error.unresolved} (argument: how many are missing),
     *         {@code ...resolved-meanwhile}, {@code ...answered-on-web}, {@code ...not-awaiting}
     * @throws InvalidAnswersException when the resolved answers are not a complete, valid answer
     */
    @Transactional
    public void resolve(long invitationId, Map<String, List<String>> resolved) {
        Invitation inv = lock(invitationId);
        if (inScope(inv) == null) {
            throw new BusinessException("code", "enquiries.paper.error.unknown");
        }
        if (inv.status(clock.instant()) == InvitationStatus.SUBMITTED
                && entries.submittedMode(inv.getId()).orElse(AnswerMode.WEB) != AnswerMode.WEB) {
            throw new BusinessException("code", "enquiries.paper.error.resolved-meanwhile");
        }
        refuseIfClosed(inv);
        List<PaperEntries.Entry> open = openEntries(invitationId);
        if (open.size() != 2) {
            throw new BusinessException("code", "enquiries.paper.error.not-awaiting");
        }
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        List<Discrepancy> differences = compare(template, open.get(0).answers(), open.get(1).answers());
        long missing = differences.stream().filter(d -> !resolved.containsKey(d.questionKey())).count();
        if (missing > 0) {
            throw new BusinessException("enquiries.paper.error.unresolved", missing);
        }
        Answers merged = open.get(0).answers();
        for (Discrepancy d : differences) {
            List<String> chosen = resolved.get(d.questionKey());
            merged = merged.with(d.questionKey(), chosen == null ? List.of() : chosen);
        }
        submit(inv, template, AnswerMode.PAPER, open.get(0).language(), merged, open.get(0).enteredBy(),
                open.get(1).enteredBy(), current.actorName());
        entries.close(inv.getId(), PaperEntries.Outcome.RESOLVED, clock.instant());
        audit.record(current.actorName(), "ENQUIRY_DISCREPANCIES_RESOLVED", "invitation:" + inv.getId(),
                differences.size() + " discrepancies");
    }

    /** Whether the project's paper forms are entered twice. */
    @Transactional(readOnly = true)
    public boolean doubleEntry(long projectId) {
        return entries.doubleEntry(projectId);
    }

    /** Switches double entry of paper forms on or off for a project (forms already entered once stay as they are). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void setDoubleEntry(long projectId, boolean on) {
        entries.setDoubleEntry(projectId, on, current.actorName(), clock.instant());
        audit.record(current.actorName(), "PAPER_DOUBLE_ENTRY_SET", "project:" + projectId, on ? "on" : "off");
    }

    /**
     * The questions where two entries differ, in the questionnaire's order. Values of a question are compared as
     * a set (the order of ticked options carries no meaning).
     */
    static List<Discrepancy> compare(SurveyTemplate template, Answers first, Answers second) {
        List<Discrepancy> out = new ArrayList<>();
        for (Question q : template.questions()) {
            for (String key : AnswerValidator.keysOf(q)) {
                List<String> a = first.values(key);
                List<String> b = second.values(key);
                if (!Objects.equals(a.stream().sorted().toList(), b.stream().sorted().toList())) {
                    out.add(new Discrepancy(key, a, b));
                }
            }
        }
        return out;
    }

    private Comparison comparison(Invitation inv, CaseDetails c, List<PaperEntries.Entry> open) {
        SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
        return new Comparison(inv.getId(), c.caseCode(), inv.getWave(), template, open.get(0).language(),
                open.get(0).enteredBy(), open.get(1).enteredBy(),
                compare(template, open.get(0).answers(), open.get(1).answers()));
    }

    private static Answers complete(SurveyTemplate template, Answers answers) {
        List<AnswerError> errors = AnswerValidator.validate(template, answers, true);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return AnswerValidator.clean(template, answers);
    }

    private void submit(Invitation inv, SurveyTemplate template, AnswerMode mode, String language, Answers answers,
                        String enteredBy, String checkedBy, String resolvedBy) {
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
                            INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at, mode, entered_by,
                                checked_by, resolved_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(inv.getId(), inv.getResponseId(), java.sql.Timestamp.from(now), mode.name(), enteredBy,
                            checkedBy, resolvedBy).update();
        } catch (DuplicateKeyException alreadyThere) {
            throw new BusinessException("code", "enquiries.paper.error.already-answered");
        }
        inv.markSubmitted(now);
    }

    private List<PaperEntries.Entry> openEntries(long invitationId) {
        return entries.of(invitationId).stream().filter(PaperEntries.Entry::open).toList();
    }

    /** The caller made the first entry, or both entries are there: nothing left for the caller to enter. */
    private void refuseIfNoEntryLeft(List<PaperEntries.Entry> open) {
        if (open.size() >= 2) {
            throw new BusinessException("code", "enquiries.paper.error.awaiting-resolution");
        }
        if (open.size() == 1 && open.getFirst().enteredBy().equals(current.actorName())) {
            throw new BusinessException("code", "enquiries.paper.error.same-person");
        }
    }

    private Invitation lock(long invitationId) {
        return invitations.findForUpdate(invitationId)
                .orElseThrow(() -> new BusinessException("code", "enquiries.paper.error.unknown"));
    }

    /** The invitation's case if it is in the caller's scope, else null. */
    private CaseDetails inScope(Invitation inv) {
        try {
            return cases.get(inv.getCaseId());
        } catch (BusinessException outOfScope) {
            return null;
        }
    }

    private Invitation byCode(String code) {
        String normalized = Secrets.normalizeCode(code == null ? "" : code);
        return (Secrets.looksLikeCode(normalized) ? invitations.findByCodeHash(Secrets.hash(normalized))
                : java.util.Optional.<Invitation>empty())
                .orElseThrow(() -> new BusinessException("code", "enquiries.paper.error.unknown"));
    }

    private void refuseIfClosed(Invitation inv) {
        switch (inv.status(clock.instant())) {
            case SUBMITTED -> {
                boolean paperWasUnderway = entries.of(inv.getId()).stream()
                        .anyMatch(e -> e.outcome() == PaperEntries.Outcome.WEB_ANSWER);
                throw new BusinessException("code", paperWasUnderway ? "enquiries.paper.error.answered-on-web"
                        : "enquiries.paper.error.already-answered");
            }
            case REVOKED -> throw new BusinessException("code", "enquiries.paper.error.revoked");
            default -> {
                // open or expired: a form that comes back late still counts
            }
        }
    }
}

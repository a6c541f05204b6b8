package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.LargeReads;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDeleted;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.ScopedCases;
import se.uppfoljning.enquiries.letters.InvitationLetterPdf;
import se.uppfoljning.enquiries.letters.LetterData;
import se.uppfoljning.enquiries.letters.QuestionnairePdf;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Coordinators invite guardians of the cases in their scope, print letters, revoke and re-issue invitations
 * and follow who has answered. Cases outside the caller's scope are "not found" (via {@link CaseService}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
public class InvitationService {

    /**
     * Letter languages: one language, or Swedish plus the family's language on the two sides of one sheet
     * ({@code sv+so}). Stored as the invitation's language.
     */
    public static final List<String> LETTER_LANGUAGES = List.of("sv", "en", "ar", "fa", "so", "ti", "sv+en", "sv+ar",
            "sv+fa", "sv+so", "sv+ti");
    private final InvitationRepository invitations;
    private final CaseService cases;
    private final TemplateCatalog catalog;
    private final EnquiriesProperties properties;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final CaseSelectionService caseSelection;

    InvitationService(InvitationRepository invitations, CaseService cases, TemplateCatalog catalog,
                      EnquiriesProperties properties, CurrentStaff current, AuditTrail audit, Clock clock,
                      org.springframework.jdbc.core.simple.JdbcClient jdbc, CaseSelectionService caseSelection) {
        this.jdbc = jdbc;
        this.caseSelection = caseSelection;
        this.invitations = invitations;
        this.cases = cases;
        this.catalog = catalog;
        this.properties = properties;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One invitation per case for the wave. Cases that already have a usable or answered invitation for that
     * wave are skipped unless {@code additionalGuardian} is set, which adds one more guardian's invitation.
     */
    @Transactional
    public List<CreatedInvitation> create(Collection<Long> caseIds, Wave wave, String language, boolean additionalGuardian) {
        if (caseIds.isEmpty()) {
            throw new BusinessException("caseIds", "enquiries.invite.error.no-cases");
        }
        if (wave == null) {
            throw new BusinessException("wave", "base.error.required");
        }
        String lang = language == null ? "sv" : language;
        if (!LETTER_LANGUAGES.contains(lang)) {
            throw new BusinessException("language", "enquiries.invite.error.language");
        }
        SurveyTemplate template = catalog.latestFor(TemplateKind.PARENT_ENQUIRY, wave.name())
                .orElseThrow(() -> new BusinessException("enquiries.invite.error.no-template", wave.name()));
        Instant now = clock.instant();
        List<CreatedInvitation> created = new ArrayList<>();
        for (long caseId : caseIds) {
            CaseDetails c = cases.get(caseId);
            List<Invitation> existing = invitations.findByCaseIdAndWave(caseId, wave);
            boolean hasLive = existing.stream().anyMatch(i -> isLiveOrDone(i.status(now)));
            if (hasLive && !additionalGuardian) {
                continue;
            }
            int guardianNo = existing.stream().mapToInt(Invitation::getGuardianNo).max().orElse(0) + 1;
            created.add(issue(c, wave, guardianNo, lang, template, now, null));
        }
        audit.record(current.actorName(), "INVITATIONS_CREATED", "wave:" + wave,
                created.size() + " of " + caseIds.size() + " cases");
        return created;
    }

    @Transactional
    public void revoke(long invitationId) {
        Invitation inv = visible(invitationId);
        if (inv.status(clock.instant()) == InvitationStatus.SUBMITTED) {
            throw new BusinessException("enquiries.invite.error.already-submitted");
        }
        inv.revoke(clock.instant());
        audit.record(current.actorName(), "INVITATION_REVOKED", "invitation:" + invitationId, null);
    }

    /**
     * Replaces an invitation with a new link and code (e.g. a lost letter or a reminder). The old one stops
     * working; answers already saved move to the new one, so the guardian continues where they left off.
     */
    @Transactional
    public CreatedInvitation reissue(long invitationId) {
        Invitation old = visible(invitationId);
        Instant now = clock.instant();
        if (old.status(now) == InvitationStatus.SUBMITTED) {
            throw new BusinessException("enquiries.invite.error.already-submitted");
        }
        Long responseId = old.getResponseId();
        old.revoke(now);
        old.setResponseId(null);
        invitations.saveAndFlush(old);
        SurveyTemplate template = catalog.get(old.getTemplateId(), old.getTemplateVersion());
        CreatedInvitation fresh = issue(cases.get(old.getCaseId()), old.getWave(), old.getGuardianNo(),
                old.getLanguage(), template, now, responseId);
        audit.record(current.actorName(), "INVITATION_REISSUED", "invitation:" + invitationId,
                "new invitation:" + fresh.invitationId());
        return fresh;
    }

    /** New letters for every unanswered invitation of these cases (re-issued), for a reminder round. */
    @Transactional
    public List<CreatedInvitation> remind(Collection<Long> caseIds, Wave wave) {
        Instant now = clock.instant();
        List<CreatedInvitation> out = new ArrayList<>();
        for (long caseId : caseIds) {
            cases.get(caseId);
            for (Invitation inv : invitations.findByCaseIdAndWave(caseId, wave)) {
                InvitationStatus s = inv.status(now);
                if (s == InvitationStatus.INVITED || s == InvitationStatus.OPENED || s == InvitationStatus.IN_PROGRESS
                        || s == InvitationStatus.EXPIRED) {
                    out.add(reissue(inv.getId()));
                }
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<InvitationListItem> invitationsOf(long caseId) {
        cases.get(caseId);
        Instant now = clock.instant();
        return invitations.findByCaseIdIn(List.of(caseId)).stream()
                .sorted(Comparator.comparing(Invitation::getCreatedAt))
                .map(i -> new InvitationListItem(i.getId(), i.getCaseId(), i.getWave(), i.getGuardianNo(),
                        i.getLanguage(), i.status(now), i.getCreatedAt(), i.getExpiresAt()))
                .toList();
    }

    /** Counts and the case list for a project (and optionally one school), within the caller's scope. */
    @Transactional(readOnly = true)
    public Tracking tracking(Long projectId, Long schoolId) {
        List<CaseDetails> inScope = cases.list(new CaseFilter(projectId, schoolId, null, null), 0, 100_000);
        Map<Long, List<Invitation>> byCase = invitations.findByCaseIdIn(inScope.stream().map(CaseDetails::id).toList())
                .stream().collect(Collectors.groupingBy(Invitation::getCaseId));
        Instant now = clock.instant();
        Map<Wave, Map<InvitationStatus, Integer>> counts = new EnumMap<>(Wave.class);
        for (Wave w : Wave.values()) {
            counts.put(w, new EnumMap<>(InvitationStatus.class));
        }
        List<TrackingRow> rows = new ArrayList<>();
        for (CaseDetails c : inScope) {
            List<Invitation> list = byCase.getOrDefault(c.id(), List.of());
            list.forEach(i -> counts.get(i.getWave()).merge(i.status(now), 1, Integer::sum));
            InvitationStatus start = best(list, Wave.START, now);
            InvitationStatus end = best(list, Wave.END, now);
            boolean s = start == InvitationStatus.SUBMITTED;
            boolean e = end == InvitationStatus.SUBMITTED;
            PairedStatus paired = s && e ? PairedStatus.BOTH : s ? PairedStatus.START_ONLY : e ? PairedStatus.END_ONLY : PairedStatus.NONE;
            rows.add(new TrackingRow(c.id(), c.caseCode(), c.schoolName(), start, end, paired));
        }
        rows.sort(Comparator.comparing(TrackingRow::schoolName).thenComparing(TrackingRow::caseCode));
        return new Tracking(counts, rows);
    }

    /**
     * Invitation statuses of these cases for response rates, with the mode of each submitted answer (web, paper,
     * telephone); callers pass case ids already in scope.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<InvitationReportRow> reportRows(Collection<Long> caseIds) {
        Instant now = clock.instant();
        List<InvitationReportRow> out = new ArrayList<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            Map<Long, AnswerMode> modes = new java.util.HashMap<>();
            jdbc.sql("""
                            SELECT s.invitation_id, s.mode FROM enquiry_submission s
                            JOIN enquiry_invitation i ON i.id = s.invitation_id WHERE i.case_id IN (:ids)""")
                    .param("ids", chunk)
                    .query(rs -> {
                        modes.put(rs.getLong(1), AnswerMode.valueOf(rs.getString(2)));
                    });
            invitations.statusFieldsOfCases(chunk).forEach(inv -> {
                InvitationStatus status = inv.status(now);
                out.add(new InvitationReportRow(inv.caseId(), inv.wave(), status,
                        status == InvitationStatus.SUBMITTED ? modes.getOrDefault(inv.id(), AnswerMode.WEB) : null));
            });
        }
        return out;
    }

    /**
     * As {@link #reportRows(Collection)} for the selected cases in the caller's data scope, in one query with the
     * scope in it (no list of case ids), by invitation id.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<InvitationReportRow> reportRows(CaseSelection selection) {
        Instant now = clock.instant();
        ScopedCases scoped = caseSelection.scoped(selection);
        return jdbc.sql("""
                        SELECT i.case_id, i.wave, i.submitted_at, i.revoked_at, i.expires_at, i.response_id,
                               i.opened_at, s.mode
                        FROM enquiry_invitation i LEFT JOIN enquiry_submission s ON s.invitation_id = i.id
                        WHERE i.case_id IN (%s) ORDER BY i.id""".formatted(scoped.idsSubquery()))
                .params(scoped.params())
                .withFetchSize(LargeReads.FETCH_SIZE)
                .query((rs, n) -> {
                    long stored = rs.getLong(6);
                    Long responseId = rs.wasNull() ? null : stored;
                    InvitationStatus status = Invitation.status(instant(rs, 3), instant(rs, 4), instant(rs, 5),
                            responseId, instant(rs, 7), now);
                    String mode = rs.getString(8);
                    return new InvitationReportRow(rs.getLong(1), Wave.valueOf(rs.getString(2)), status,
                            status != InvitationStatus.SUBMITTED ? null
                                    : mode == null ? AnswerMode.WEB : AnswerMode.valueOf(mode));
                })
                .list();
    }

    /**
     * A stored instant as Hibernate stores them (UTC wall time), so statuses match those of the entities: the same
     * instant as {@code getTimestamp(column, utcCalendar)}, without a calendar computation per value.
     */
    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.time.LocalDateTime t = rs.getObject(column, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
    }

    /** Active cases of a school (or project) in scope: the usual selection for a START round. */
    @Transactional(readOnly = true)
    public List<Long> activeCaseIds(Long projectId, Long schoolId) {
        return cases.list(new CaseFilter(projectId, schoolId, CaseStatus.ACTIVE, null), 0, 100_000).stream()
                .map(CaseDetails::id).toList();
    }

    /**
     * The letters for freshly created invitations as one PDF, one page each. Their creation is logged
     * ({@code LETTERS_CREATED}); the download by {@link #lettersDownloaded} once the file has been sent.
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public byte[] letters(List<CreatedInvitation> created) {
        List<LetterData> letters = created.stream().map(c -> LetterData.of(c.caseCode(), c.wave().name(),
                c.language(), c.link(), c.code(), c.expiresAt(), properties.contact(),
                properties.publicBaseUrl() + "/enkat")).toList();
        byte[] pdf = InvitationLetterPdf.render(letters);
        audit.record(current.actorName(), "LETTERS_CREATED", "invitations", created.size() + " letters");
        return pdf;
    }

    /** Records that a letters file made by {@link #letters} has been sent to the caller in full. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public void lettersDownloaded(String fileName, int letters) {
        audit.record(current.actorName(), "LETTERS_DOWNLOADED", "invitations:" + fileName, letters + " letters");
    }

    /**
     * The paper route: for freshly created invitations, the questionnaire to fill in by hand, one after the
     * other in the order of {@link #letters} (so each letter and its form go into the same envelope), each in its
     * letter's language (the family's language of a two-language letter, Swedish where the template has no such
     * language) and with the invitation's code, so the returned form is entered for the right case and wave.
     * Its creation is logged ({@code PAPER_QUESTIONNAIRES_CREATED}); the download by
     * {@link #paperQuestionnairesDownloaded} once the file has been sent, as for the letters.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public byte[] paperQuestionnaires(List<CreatedInvitation> created) {
        List<QuestionnairePdf.Form> forms = new ArrayList<>();
        for (CreatedInvitation c : created) {
            Invitation inv = invitations.findById(c.invitationId()).orElseThrow();
            SurveyTemplate template = catalog.get(inv.getTemplateId(), inv.getTemplateVersion());
            String language = inv.familyLanguage();
            forms.add(new QuestionnairePdf.Form(template, template.languages().contains(language) ? language : "sv", c.code()));
        }
        byte[] pdf = QuestionnairePdf.render(forms);
        audit.record(current.actorName(), "PAPER_QUESTIONNAIRES_CREATED", "invitations", created.size() + " questionnaires");
        return pdf;
    }

    /** Records that a file made by {@link #paperQuestionnaires} has been sent to the caller in full. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public void paperQuestionnairesDownloaded(String fileName, int questionnaires) {
        audit.record(current.actorName(), "PAPER_QUESTIONNAIRES_DOWNLOADED", "invitations:" + fileName,
                questionnaires + " questionnaires");
    }

    /**
     * A deleted case takes its invitations (and, by cascade, their submissions) with it. Whoever deletes the
     * case was checked by the publisher; retention deletes with no user at all, so no role check here.
     */
    @EventListener
    @PreAuthorize("permitAll()")
    void onCaseDeleted(CaseDeleted event) {
        invitations.deleteByCaseId(event.caseId());
    }

    private CreatedInvitation issue(CaseDetails c, Wave wave, int guardianNo, String lang, SurveyTemplate template,
                                    Instant now, Long responseId) {
        String token = Secrets.newToken();
        String code = Secrets.newCode();
        Instant expires = now.plus(properties.linkValidity());
        Invitation inv = new Invitation(c.id(), c.projectId(), c.schoolId(), wave, guardianNo, Secrets.hash(token),
                Secrets.hash(Secrets.normalizeCode(code)), lang, template.id(), template.version(), now, expires,
                current.actorName());
        inv.setResponseId(responseId);
        invitations.saveAndFlush(inv);
        return new CreatedInvitation(inv.getId(), c.caseCode(), wave, guardianNo, lang,
                properties.publicBaseUrl() + "/enkat/" + token, code, expires);
    }

    private Invitation visible(long invitationId) {
        Invitation inv = invitations.findById(invitationId)
                .orElseThrow(() -> new BusinessException("enquiries.invite.error.not-found"));
        try {
            cases.get(inv.getCaseId());
        } catch (BusinessException outOfScope) {
            throw new BusinessException("enquiries.invite.error.not-found");
        }
        return inv;
    }

    private static boolean isLiveOrDone(InvitationStatus s) {
        return s != InvitationStatus.REVOKED && s != InvitationStatus.EXPIRED;
    }

    /** From least to most advanced: a case's status per wave is its most advanced invitation's. */
    private static final List<InvitationStatus> PROGRESS_ORDER = List.of(InvitationStatus.REVOKED,
            InvitationStatus.EXPIRED, InvitationStatus.INVITED, InvitationStatus.OPENED, InvitationStatus.IN_PROGRESS,
            InvitationStatus.SUBMITTED);

    private static InvitationStatus best(List<Invitation> list, Wave wave, Instant now) {
        return list.stream().filter(i -> i.getWave() == wave).map(i -> i.status(now))
                .max(Comparator.comparingInt(PROGRESS_ORDER::indexOf)).orElse(null);
    }
}

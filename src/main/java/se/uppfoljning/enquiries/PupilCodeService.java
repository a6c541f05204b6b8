package se.uppfoljning.enquiries;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDeleted;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Staff side of the pupil questionnaire (issue #16): record consent for a case and wave, then issue a short
 * one-time pupil code. Coordinators and facilitators (and admins) with the case in their data scope; a case
 * outside it is "not found" (via {@link CaseService}).
 * <p>
 * Consent first: a code is issued only when the newest consent of that case and wave says yes to both the
 * guardian's consent and the pupil's own assent ({@code pupils.error.no-consent} otherwise). Consent
 * rows are only added, each audited ({@code PUPIL_CONSENT_RECORDED}); a later "no" also stops codes already
 * issued. Issuing withdraws the case's earlier unused codes for the wave (one live code), and is refused once
 * the pupil has answered that wave ({@code pupils.error.answered}).
 * <p>
 * Why a 10-character code is enough: about 49 bits, at most a few thousand live codes (2^12), valid 3 days, and
 * wrong codes share the parents' {@link CodeThrottle} (600 a minute for everybody): 600 × 60 × 24 × 3 ≈ 2^21.3
 * guesses hit a live code with probability 2^(21.3 + 12 − 49) ≈ 2^-15.7 (1 in 50 000).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "')")
public class PupilCodeService {

    private final PupilCodeRepository codes;
    private final CaseService cases;
    private final TemplateCatalog catalog;
    private final EnquiriesProperties properties;
    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;

    PupilCodeService(PupilCodeRepository codes, CaseService cases, TemplateCatalog catalog,
                     EnquiriesProperties properties, JdbcClient jdbc, CurrentStaff current, AuditTrail audit,
                     Clock clock) {
        this.codes = codes;
        this.cases = cases;
        this.catalog = catalog;
        this.properties = properties;
        this.jdbc = jdbc;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The consent recorded last for this case and wave, if any. */
    @Transactional(readOnly = true)
    public Optional<PupilConsent> consent(long caseId, Wave wave) {
        cases.get(caseId);
        return latestConsent(jdbc, caseId, wave);
    }

    /**
     * Records the guardian's consent and the pupil's assent for this case and wave; both must be answered (yes or
     * no), a missing one is refused ({@code base.error.required} on the field). Audited.
     */
    @Transactional
    public PupilConsent recordConsent(long caseId, Wave wave, Boolean guardianConsent, Boolean pupilAssent) {
        if (wave == null) {
            throw new BusinessException("wave", "base.error.required");
        }
        if (guardianConsent == null) {
            throw new BusinessException("guardianConsent", "base.error.required");
        }
        if (pupilAssent == null) {
            throw new BusinessException("pupilAssent", "base.error.required");
        }
        CaseDetails c = cases.get(caseId);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enquiry_pupil_consent (case_id, wave, guardian_consent, pupil_assent, recorded_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(caseId, wave.name(), guardianConsent, pupilAssent, Timestamp.from(now), current.actorName())
                .update(keys, "id");
        audit.record(current.actorName(), "PUPIL_CONSENT_RECORDED", "case:" + c.caseCode(),
                "wave " + wave + ", guardian consent " + yesNo(guardianConsent) + ", pupil assent " + yesNo(pupilAssent));
        return new PupilConsent(keys.getKey().longValue(), caseId, wave, guardianConsent, pupilAssent, now);
    }

    /**
     * Issues a new pupil code for this case and wave under the consent recorded last; the code is returned once
     * and only its hash is stored. Refused without consent, once the wave is answered, or without a pupil
     * template for the wave.
     */
    @Transactional
    public IssuedPupilCode issue(long caseId, Wave wave) {
        if (wave == null) {
            throw new BusinessException("wave", "base.error.required");
        }
        CaseDetails c = cases.get(caseId);
        PupilConsent consent = latestConsent(jdbc, caseId, wave).filter(PupilConsent::allowsAnswers)
                .orElseThrow(() -> new BusinessException("pupils.error.no-consent"));
        SurveyTemplate template = catalog.latestFor(TemplateKind.PUPIL_ENQUIRY, wave.name())
                .orElseThrow(() -> new BusinessException("enquiries.invite.error.no-template", wave.name()));
        Instant now = clock.instant();
        for (PupilCode earlier : codes.findByCaseIdAndWave(caseId, wave)) {
            InvitationStatus s = earlier.status(now);
            if (s == InvitationStatus.SUBMITTED) {
                throw new BusinessException("pupils.error.answered");
            }
            if (s != InvitationStatus.REVOKED && s != InvitationStatus.EXPIRED) {
                earlier.revoke(now);
            }
        }
        String code = Secrets.newPupilCode();
        PupilCode saved = codes.saveAndFlush(new PupilCode(caseId, c.projectId(), c.schoolId(), wave,
                Secrets.hash(Secrets.normalizeCode(code)), template.id(), template.version(), consent.id(), now,
                now.plus(properties.pupilCodeValidity()), current.actorName()));
        audit.record(current.actorName(), "PUPIL_CODE_ISSUED", "case:" + c.caseCode(), "wave " + wave
                + ", consent " + consent.id());
        return new IssuedPupilCode(saved.getId(), c.caseCode(), wave, code, saved.getExpiresAt());
    }

    /**
     * The pupil codes of these cases with their status now, as the base of the pupils' response rate in reports
     * (issue #16); the same rule as the parents' invitations ({@link InvitationService#reportRows}): a code is an
     * invitation, a revoked one does not count. Callers pass case ids already in scope. Admins and evaluators.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public java.util.List<InvitationReportRow> reportRows(java.util.Collection<Long> caseIds) {
        Instant now = clock.instant();
        java.util.List<InvitationReportRow> out = new java.util.ArrayList<>();
        java.util.List<Long> ids = java.util.List.copyOf(caseIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            codes.findByCaseIdIn(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(code -> {
                InvitationStatus status = code.status(now);
                out.add(new InvitationReportRow(code.getCaseId(), code.getWave(), status,
                        status == InvitationStatus.SUBMITTED ? AnswerMode.WEB : null));
            });
        }
        return out;
    }

    /** A deleted case takes its consent rows and pupil codes with it (the publisher checked who deletes). */
    @EventListener
    @PreAuthorize("permitAll()")
    void onCaseDeleted(CaseDeleted event) {
        codes.deleteByCaseId(event.caseId());
        jdbc.sql("DELETE FROM enquiry_pupil_consent WHERE case_id = ?").param(event.caseId()).update();
    }

    static Optional<PupilConsent> latestConsent(JdbcClient jdbc, long caseId, Wave wave) {
        return jdbc.sql("SELECT id, guardian_consent, pupil_assent, recorded_at FROM enquiry_pupil_consent"
                        + " WHERE case_id = ? AND wave = ? ORDER BY id DESC LIMIT 1")
                .params(caseId, wave.name())
                .query((rs, n) -> new PupilConsent(rs.getLong(1), caseId, wave, rs.getBoolean(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}

package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;

/** Issue #16: consent gate, pupil codes (reuse, expiry, withdrawal), one submission, the "declined" missing code. */
@IntegrationTest
class PupilEnquiryIntegrationTest {

    @Autowired
    PupilCodeService codes;
    @Autowired
    PupilAnswerService pupils;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseService responses;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void login() {
        TestLogin.login(users, "samordnare");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    /** An active case in the coordinator's scope that no pupil test has used yet. */
    private long freshCase() {
        return invitations.activeCaseIds(null, null).stream()
                .filter(id -> jdbc.sql("SELECT COUNT(*) FROM enquiry_pupil_consent WHERE case_id = ?").param(id)
                        .query(Integer.class).single() == 0)
                .findFirst().orElseThrow();
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private IssuedPupilCode consentAndIssue(long caseId, Wave wave) {
        codes.recordConsent(caseId, wave, true, true);
        return codes.issue(caseId, wave);
    }

    private static Answers allAnswered(SurveyTemplate t, String value) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        t.questions().forEach(q -> map.put(q.id(), List.of(switch (q.type()) {
            case LIKERT -> value;
            case SINGLE_CHOICE -> q.choices().getFirst().value();
            case YES_NO -> Answers.YES;
            default -> Answers.DECLINED;
        })));
        return new Answers(map);
    }

    @Test
    void refusesACodeUntilGuardianAndPupilHaveBothSaidYes() {
        long caseId = freshCase();
        int audited = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PUPIL_CONSENT_RECORDED'");
        assertThatThrownBy(() -> codes.issue(caseId, Wave.START)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pupils.error.no-consent"));
        codes.recordConsent(caseId, Wave.START, true, false);
        assertThatThrownBy(() -> codes.issue(caseId, Wave.START)).isInstanceOf(BusinessException.class);
        codes.recordConsent(caseId, Wave.START, false, true);
        assertThatThrownBy(() -> codes.issue(caseId, Wave.START)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> codes.recordConsent(caseId, Wave.START, true, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("pupilAssent"));
        codes.recordConsent(caseId, Wave.START, true, true);
        IssuedPupilCode issued = codes.issue(caseId, Wave.START);

        assertThat(issued.code()).matches("[" + se.uppfoljning.cases.CaseCode.ALPHABET + "]{5}-[" + se.uppfoljning.cases.CaseCode.ALPHABET + "]{5}");
        assertThat(codes.consent(caseId, Wave.START)).get().satisfies(c -> assertThat(c.allowsAnswers()).isTrue());
        assertThat(codes.consent(caseId, Wave.END)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM enquiry_pupil_consent WHERE case_id = ?", caseId)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PUPIL_CONSENT_RECORDED'")).isEqualTo(audited + 3);
        assertThat(count("SELECT COUNT(*) FROM enquiry_pupil_code WHERE code_hash = ?",
                Secrets.hash(Secrets.normalizeCode(issued.code())))).isEqualTo(1);
    }

    @Test
    void evaluatorsCannotRecordConsentOrIssueCodes() {
        long caseId = freshCase();
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> codes.recordConsent(caseId, Wave.START, true, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codes.issue(caseId, Wave.START)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPupilAnswersOnceAndASecondSubmitStoresNothing() {
        long caseId = freshCase();
        IssuedPupilCode issued = consentAndIssue(caseId, Wave.START);
        TestLogin.logout();
        long id = pupils.openCode(issued.code().toLowerCase(), "10.0.0.1");
        pupils.chooseLanguage(id, "ar");
        PupilEnquiry enquiry = pupils.load(id);
        assertThat(enquiry.language()).isEqualTo("ar");
        assertThat(enquiry.languages()).contains("sv", "en", "ar");
        pupils.saveProgress(id, new Answers(Map.of("likes-school", List.of("4"))));
        assertThat(pupils.load(id).answers().value("likes-school")).isEqualTo("4");
        Answers answers = allAnswered(enquiry.template(), "4");

        pupils.submit(id, answers);
        assertThatThrownBy(() -> pupils.submit(id, allAnswered(enquiry.template(), "1")))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("used"));
        assertThatThrownBy(() -> pupils.openCode(issued.code(), "10.0.0.1"))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("used"));
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE case_id = ? AND purpose = 'PUPIL' AND status = 'SUBMITTED'",
                caseId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM enquiry_pupil_submission WHERE code_id = ?", id)).isEqualTo(1);
        assertThat(responses.submittedAnswers(ResponsePurpose.PUPIL, List.of(caseId)))
                .filteredOn(a -> a.questionId().equals("likes-school")).extracting(a -> a.value()).containsExactly("4");
        assertThat(responses.submittedAnswers(ResponsePurpose.ENQUIRY, List.of(caseId)))
                .noneMatch(a -> a.templateId().equals("pupil-enquiry"));

        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> codes.issue(caseId, Wave.START)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pupils.error.answered"));
    }

    @Test
    void expiredReplacedAndUnknownCodesOpenNothing() {
        long caseId = freshCase();
        IssuedPupilCode first = consentAndIssue(caseId, Wave.END);
        IssuedPupilCode second = codes.issue(caseId, Wave.END);
        TestLogin.logout();
        assertThatThrownBy(() -> pupils.openCode(first.code(), "10.0.0.2"))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("revoked"));
        jdbc.sql("UPDATE enquiry_pupil_code SET expires_at = '2020-01-01' WHERE id = ?").param(second.codeId()).update();
        assertThatThrownBy(() -> pupils.openCode(second.code(), "10.0.0.2"))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("expired"));
        assertThatThrownBy(() -> pupils.openCode("AAAAA-BBBBB", "10.0.0.2")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pupils.code.error.wrong"));
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE case_id = ? AND purpose = 'PUPIL'", caseId)).isZero();
    }

    @Test
    void withdrawnConsentStopsAnIssuedCodeAndStoresNothing() {
        long caseId = freshCase();
        IssuedPupilCode issued = consentAndIssue(caseId, Wave.START);
        TestLogin.logout();
        long id = pupils.openCode(issued.code(), "10.0.0.3");
        pupils.chooseLanguage(id, "sv");
        SurveyTemplate template = pupils.load(id).template();
        TestLogin.login(users, "samordnare");
        codes.recordConsent(caseId, Wave.START, false, true);
        TestLogin.logout();

        assertThatThrownBy(() -> pupils.submit(id, allAnswered(template, "2")))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("no-consent"));
        assertThatThrownBy(() -> pupils.saveProgress(id, new Answers(Map.of("likes-school", List.of("2")))))
                .isInstanceOf(ParentAnswerService.LinkClosed.class);
        assertThatThrownBy(() -> pupils.openCode(issued.code(), "10.0.0.3"))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("no-consent"));
        assertThat(count("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                + " WHERE r.case_id = ? AND r.purpose = 'PUPIL'", caseId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM enquiry_pupil_submission WHERE code_id = ?", id)).isZero();
    }

    @Test
    void notWantingToAnswerIsStoredAsTheDeclinedCodeNeverAsAValue() {
        long caseId = freshCase();
        IssuedPupilCode issued = consentAndIssue(caseId, Wave.START);
        TestLogin.logout();
        long id = pupils.openCode(issued.code(), "10.0.0.4");
        pupils.chooseLanguage(id, "en");
        SurveyTemplate template = pupils.load(id).template();
        Answers answers = allAnswered(template, "3").with("feels-safe", List.of(Answers.DECLINED))
                .with("attendance", List.of(Answers.DECLINED));
        assertThatThrownBy(() -> pupils.submit(id, answers.with("likes-school", List.of("declined-but-typo"))))
                .isInstanceOf(se.uppfoljning.surveys.InvalidAnswersException.class);
        pupils.submit(id, answers);

        assertThat(responses.submittedAnswers(ResponsePurpose.PUPIL, List.of(caseId)))
                .filteredOn(a -> a.value().equals(Answers.DECLINED)).extracting(a -> a.analysisKey())
                .containsExactlyInAnyOrder("pupil-feels-safe", "attendance-frequency");
    }
}

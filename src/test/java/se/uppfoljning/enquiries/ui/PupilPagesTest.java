package se.uppfoljning.enquiries.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.enquiries.IssuedPupilCode;
import se.uppfoljning.enquiries.PupilCodeService;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;

/** Issue #16: the staff consent screen and the pupil's pages, one question per screen. */
class PupilPagesTest extends KaribuTest {

    @Autowired
    PupilCodeService codes;
    @Autowired
    JdbcClient jdbc;

    private boolean untouched(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM enquiry_pupil_consent WHERE case_id = ?").param(caseId)
                .query(Integer.class).single() == 0;
    }

    private PupilConsentView openStaffScreenOnAFreshCase() {
        login("samordnare");
        UI.getCurrent().navigate(PupilConsentView.class);
        PupilConsentView view = _get(PupilConsentView.class);
        CaseDetails c = view.caseBox.getListDataView().getItems().filter(d -> untouched(d.id())).findFirst().orElseThrow();
        view.caseBox.setValue(c);
        return view;
    }

    private IssuedPupilCode issuedCode() {
        PupilConsentView view = openStaffScreenOnAFreshCase();
        codes.recordConsent(view.caseBox.getValue().id(), Wave.START, true, true);
        IssuedPupilCode code = codes.issue(view.caseBox.getValue().id(), Wave.START);
        TestLogin.logout();
        return code;
    }

    private PupilAnswerView typeCode(String code) {
        UI.getCurrent().navigate(PupilCodeView.class);
        PupilCodeView view = _get(PupilCodeView.class);
        view.code.setValue(code);
        _click(view.open);
        return _get(PupilAnswerView.class);
    }

    @Test
    void staffRecordConsentFirstAndOnlyThenGetACode() {
        PupilConsentView view = openStaffScreenOnAFreshCase();
        assertThat(view.issue.isEnabled()).isFalse();
        assertThat(view.current.getText()).isEqualTo("Inget samtycke är registrerat för det här ärendet och mättillfället.");
        assertThat(view.message.getText()).contains("först när både vårdnadshavaren och eleven har sagt ja");

        view.guardianConsent.setValue(true);
        _click(view.saveConsent);
        assertThat(view.pupilAssent.isInvalid()).isTrue();
        assertThat(view.pupilAssent.getErrorMessage()).isNotBlank();

        view.guardianConsent.setValue(true);
        view.pupilAssent.setValue(false);
        _click(view.saveConsent);
        assertThat(view.current.getText()).contains("vårdnadshavarens samtycke ja", "elevens eget ja nej");
        assertThat(view.issue.isEnabled()).isFalse();
        view.issue();
        assertThat(view.message.getText()).startsWith("Ingen elevkod skapades");
        assertThat(view.codeBox.getChildren()).isEmpty();

        view.guardianConsent.setValue(true);
        view.pupilAssent.setValue(true);
        _click(view.saveConsent);
        assertThat(view.issue.isEnabled()).isTrue();
        _click(view.issue);
        assertThat(_get(view.codeBox, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("pupil-issued-code")).getText()).matches("Elevkod: [0-9A-Z]{5}-[0-9A-Z]{5}");
    }

    @Test
    void aPupilAnswersOneQuestionPerScreenWithFacesWordsAndDeclining() {
        IssuedPupilCode code = issuedCode();
        PupilAnswerView page = typeCode(code.code());
        assertThat(page.title.getText()).isEqualTo("Vad tycker du om skolan?");
        _click(_get(page, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("pupil-start")));

        PupilForm form = page.form;
        List<Question> questions = form.visibleQuestions();
        assertThat(form.progress.getText()).isEqualTo("Fråga 1 av " + questions.size());
        assertThat(form.choice.getLabel()).isEqualTo("Jag tycker om att vara i skolan.");
        assertThat(form.choice.getListDataView().getItems()).containsExactly("1", "2", "3", "4", "5", Answers.DECLINED);
        assertThat(form.readAloud.text()).contains("Jag tycker om att vara i skolan.", "Stämmer helt", "Jag vill inte svara");
        assertThat(form.readAloud.note.getText()).contains("Inget skickas någonstans");

        _click(form.next);
        assertThat(form.error.isVisible()).isTrue();
        assertThat(form.error.getText()).contains("Jag vill inte svara");
        assertThat(form.index()).isZero();

        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            form.choice.setValue(i == 1 ? Answers.DECLINED
                    : q.type() == QuestionType.LIKERT ? "4" : q.choices().getLast().value());
            _click(form.next);
        }
        assertThat(form.send.isVisible()).isTrue();
        _click(form.back);
        assertThat(form.choice.getValue()).isEqualTo(questions.getLast().type() == QuestionType.LIKERT ? "4"
                : questions.getLast().choices().getLast().value());
        _click(form.next);
        _click(form.send);
        assertThat(page.title.getText()).isEqualTo("Tack!");

        List<String> stored = jdbc.sql("SELECT a.answer_value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                + " WHERE r.case_id = ? AND r.purpose = 'PUPIL' AND r.status = 'SUBMITTED' ORDER BY a.id").param(
                jdbc.sql("SELECT case_id FROM enquiry_pupil_code WHERE id = ?").param(code.codeId()).query(Long.class).single())
                .query(String.class).list();
        assertThat(stored).hasSize(questions.size()).containsOnlyOnce(Answers.DECLINED);
    }

    @Test
    void aUsedCodeGetsACalmPageInThePupilsLanguage() {
        IssuedPupilCode code = issuedCode();
        PupilAnswerView page = typeCode(code.code());
        _click(_get(page, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("pupil-start")));
        PupilForm form = page.form;
        for (Question q : form.visibleQuestions()) {
            form.choice.setValue(Answers.DECLINED);
            _click(form.next);
        }
        _click(form.send);

        ParentPage.applyLanguage(UI.getCurrent(), "ar");
        UI.getCurrent().navigate(PupilCodeView.class);
        PupilCodeView codeView = _get(PupilCodeView.class);
        codeView.code.setValue(code.code());
        _click(codeView.open);
        PupilClosedView closed = _get(PupilClosedView.class);
        assertThat(closed.text.getText()).isEqualTo("هذا الرمز مستخدم من قبل. لقد أُرسلت إجاباتك من قبل.");
        assertThat(closed.getElement().getAttribute("lang")).isEqualTo("ar");

        ParentPage.applyLanguage(UI.getCurrent(), "en");
        UI.getCurrent().navigate(PupilCodeView.class);
        PupilCodeView english = _get(PupilCodeView.class);
        english.code.setValue("nope");
        _click(english.open);
        assertThat(english.code.isInvalid()).isTrue();
        assertThat(english.code.getErrorMessage()).isEqualTo("The code is not right. Look at the code and type it again.");
    }
}

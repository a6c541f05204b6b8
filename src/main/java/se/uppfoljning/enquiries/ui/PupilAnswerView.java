package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.PupilAnswerService;
import se.uppfoljning.enquiries.PupilEnquiry;
import se.uppfoljning.surveys.Answers;

/**
 * /elev/svar (issue #16): the pupil questionnaire in the language chosen on the code page, one question per
 * screen ({@link PupilForm}). Each screen's answer is saved when the pupil goes on, so a closed tab resumes at
 * the first unanswered question; the send is final and a second send changes nothing. A code that stopped
 * working (used, withdrawn, expired, consent withdrawn) leads to the calm closed page.
 */
@Route(value = "elev/svar", autoLayout = false)
@AnonymousAllowed
class PupilAnswerView extends PupilPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PupilAnswerService pupils;
    private long codeId;
    final H1 title = new H1();
    final Div body = new Div();
    PupilForm form;

    public PupilAnswerView(PupilAnswerService pupils) {
        this.pupils = pupils;
        title.addClassName("parent-title");
        title.setId("pupil-title");
        title.getElement().setAttribute("tabindex", "-1");
        add(title, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = codeId(VaadinSession.getCurrent().getSession());
        if (id == null) {
            if (languageCookie() != null) {
                showMessage(getTranslation("pupils.code.title"), getTranslation("pupils.session-ended"), true);
            } else {
                event.forwardTo(PupilCodeView.class);
            }
            return;
        }
        codeId = id;
        try {
            PupilEnquiry enquiry = withDatabase("opened the pupil questionnaire", () -> pupils.load(codeId));
            String pageLanguage = getLocale().getLanguage();
            String language = enquiry.language() != null ? enquiry.language()
                    : enquiry.languages().contains(pageLanguage) ? pageLanguage : "sv";
            if (enquiry.language() == null) {
                showIntro(enquiry, language);
            } else {
                showForm(enquiry, language);
            }
        } catch (ParentAnswerService.LinkClosed e) {
            clearCodeId();
            PupilClosedView.forward(event, e.reason());
        } catch (Unavailable e) {
            showMessage(getTranslation("pupils.code.title"), getTranslation("pupils.unavailable"), false);
        }
    }

    private void showIntro(PupilEnquiry enquiry, String language) {
        title.setText(enquiry.template().title().in(language));
        setDocumentTitle(title.getText());
        body.removeAll();
        Paragraph intro = new Paragraph(enquiry.template().intro().in(language));
        intro.addClassName("pupil-intro");
        Button start = new Button(getTranslation("pupils.answer.start"), e -> {
            try {
                PupilEnquiry started = withDatabase("started the pupil questionnaire", () -> {
                    pupils.chooseLanguage(codeId, language);
                    return pupils.load(codeId);
                });
                showForm(started, language);
                focusTitle();
            } catch (ParentAnswerService.LinkClosed closed) {
                clearCodeId();
                PupilClosedView.open(UI.getCurrent(), closed.reason());
            } catch (Unavailable down) {
                showMessage(title.getText(), getTranslation("pupils.unavailable"), false);
            }
        });
        start.setId("pupil-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        ReadAloud readAloud = new ReadAloud(language);
        readAloud.setText(title.getText() + ". " + intro.getText());
        body.add(readAloud, intro, start);
    }

    void showForm(PupilEnquiry enquiry, String language) {
        ParentPage.applyLanguage(UI.getCurrent(), language);
        markLanguage(language);
        title.setText(enquiry.template().title().in(language));
        setDocumentTitle(title.getText());
        body.removeAll();
        form = new PupilForm(enquiry.template(), language, enquiry.answers());
        form.setScreenListener(answers -> {
            try {
                withDatabase("saved a pupil answer", () -> pupils.saveProgress(codeId, answers));
                return true;
            } catch (ParentAnswerService.LinkClosed e) {
                clearCodeId();
                PupilClosedView.open(UI.getCurrent(), e.reason());
            } catch (Unavailable e) {
                form.error.setText(getTranslation("pupils.unavailable"));
                form.error.setVisible(true);
            }
            return false;
        });
        form.setSubmitListener(this::submit);
        body.add(form);
    }

    private void submit(Answers answers) {
        try {
            withDatabase("sent the pupil questionnaire", () -> pupils.submit(codeId, answers));
        } catch (ParentAnswerService.LinkClosed e) {
            if (!"used".equals(e.reason())) {
                clearCodeId();
                PupilClosedView.open(UI.getCurrent(), e.reason());
                return;
            }
            // A double tap or a second tab: the answers are already in, which is what the pupil wants.
        } catch (Unavailable e) {
            form.error.setText(getTranslation("pupils.unavailable"));
            form.error.setVisible(true);
            form.send.setEnabled(true);
            return;
        }
        clearCodeId();
        showMessage(getTranslation("pupils.answer.thanks.title"), getTranslation("pupils.answer.thanks"), false);
        focusTitle();
    }

    private void showMessage(String heading, String text, boolean codeLink) {
        title.setText(heading);
        setDocumentTitle(heading);
        body.removeAll();
        Paragraph p = new Paragraph(text);
        p.setId("pupil-message");
        body.add(p);
        if (codeLink) {
            body.add(new Anchor("elev", getTranslation("pupils.closed.back")));
        }
    }

    private void focusTitle() {
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0); $0.focus({preventScroll: true});", title.getElement());
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

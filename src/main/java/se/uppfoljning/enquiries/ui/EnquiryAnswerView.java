package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.ParentEnquiry;
import se.uppfoljning.enquiries.ParentSession;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.form.SurveyForm;

/**
 * /enkat/svar: who asks and why, the language choice, then the questionnaire page by page. Every page is
 * saved on the server when the parent presses Next (only that page's answers), so closing the tab loses
 * nothing; the submit is final. No time limit on any page. A second tab or device that saved in between makes
 * this one stop and offer to load the saved answers instead of overwriting them. Without a database the page
 * says "try again in a moment"; after the session ended it says, in the parent's language, how to go on.
 */
@Route(value = "enkat/svar", autoLayout = false)
@AnonymousAllowed
class EnquiryAnswerView extends ParentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final ParentAnswerService parents;
    private long invitationId;
    private int version;
    final H1 title = new H1();
    final Div body = new Div();
    SurveyForm form;

    public EnquiryAnswerView(ParentAnswerService parents) {
        this.parents = parents;
        title.addClassName("parent-title");
        title.setId("parent-title");
        title.getElement().setAttribute("tabindex", "-1");
        add(title, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        try {
            Long id = ParentSession.invitationId(session);
            String pending = ParentSession.pendingToken(session);
            if (id == null && pending != null) {
                // The link was opened while the database was away: exchange the token now.
                id = withDatabase("opened a link", () -> parents.openLink(pending));
                ParentSession.clearPendingToken(session);
                ParentSession.set(session, id);
            }
            if (id == null) {
                if (languageCookie() != null) {
                    showSessionEnded();
                } else {
                    event.forwardTo(EnquiryCodeView.class);
                }
                return;
            }
            invitationId = id;
            ParentEnquiry enquiry = withDatabase("opened the questionnaire", () -> parents.load(invitationId));
            if (enquiry.language() == null) {
                showIntro(enquiry);
            } else {
                showForm(enquiry, enquiry.language(), false);
            }
        } catch (ParentAnswerService.LinkClosed e) {
            ParentSession.clear(session);
            ParentSession.clearPendingToken(session);
            EnquiryClosedView.forward(event, e.reason());
        } catch (Unavailable e) {
            showUnavailable();
        }
    }

    private void showIntro(ParentEnquiry enquiry) {
        String language = enquiry.languages().contains(getLocale().getLanguage())
                ? getLocale().getLanguage() : "sv";
        title.setText(enquiry.template().title().in(language));
        title.getElement().setAttribute("lang", language);
        body.removeAll();
        body.add(new Paragraph(getTranslation("enquiries.answer.who")),
                new Paragraph(getTranslation("enquiries.answer.why")),
                new Paragraph(getTranslation("enquiries.answer.privacy")),
                new Paragraph(getTranslation("enquiries.answer.choose-language")));
        FlexLayout choices = new FlexLayout();
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-s)");
        Paragraph error = new Paragraph();
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        for (String lang : enquiry.languages()) {
            Button b = new Button(EnquiryCodeView.languageName(lang), e -> {
                try {
                    ParentEnquiry chosen = withDatabase("chose a language",
                            () -> parents.chooseLanguage(invitationId, lang));
                    showForm(chosen, lang, true);
                } catch (Unavailable down) {
                    error.setText(getTranslation("enquiries.unavailable.text"));
                    error.setVisible(true);
                }
            });
            b.getElement().setAttribute("lang", lang);
            b.setId("lang-" + lang);
            choices.add(b);
        }
        body.add(choices, error);
    }

    /**
     * The questionnaire in the chosen language. The template's introduction is shown once: when the language
     * has just been chosen, until the first Next; a parent who comes back resumes at the first page that still
     * needs answers, under the compact header only.
     */
    void showForm(ParentEnquiry enquiry, String language, boolean firstVisit) {
        ParentPage.applyLanguage(UI.getCurrent(), language);
        markLanguage(language);
        version = enquiry.version();
        title.setText(enquiry.template().title().in(language));
        title.getElement().setAttribute("lang", language);
        setDocumentTitle(title.getText());
        body.removeAll();
        Paragraph intro = new Paragraph(enquiry.template().intro().in(language));
        intro.addClassName("survey-intro");
        intro.getElement().setAttribute("lang", language);
        intro.setVisible(firstVisit && !enquiry.template().intro().isEmpty());
        body.add(intro);
        form = new SurveyForm(enquiry.template(), language, enquiry.answers());
        form.setPageListener((section, answers) -> {
            try {
                version = withDatabase("saved a page", () -> parents.saveProgress(invitationId, section, answers, version));
                intro.setVisible(false);
            } catch (ResponseService.StaleDraftException e) {
                showStale(language);
            }
        });
        form.setSubmitListener(answers -> submit(answers, language));
        if (enquiry.started() && !firstVisit) {
            form.resumeAtFirstIncompletePage();
        }
        body.add(form);
        if (firstVisit) {
            focusTitle();
        }
    }

    private void submit(Answers answers, String language) {
        try {
            withDatabase("submitted", () -> parents.submit(invitationId, answers, version));
        } catch (ResponseService.StaleDraftException e) {
            showStale(language);
            return;
        } catch (ParentAnswerService.LinkClosed e) {
            if (!"used".equals(e.reason())) {
                throw e;
            }
            // A double click or a second tab: the answers are already in, which is what the parent wants.
        }
        ParentSession.clear(VaadinSession.getCurrent().getSession());
        title.setText(getTranslation("enquiries.answer.thanks.title"));
        setDocumentTitle(title.getText());
        body.removeAll();
        body.add(new Paragraph(getTranslation("enquiries.answer.thanks")));
        focusTitle();
    }

    /** Another tab or device saved after this page loaded: nothing is overwritten; load the saved answers. */
    private void showStale(String language) {
        form = null;
        body.removeAll();
        Paragraph text = new Paragraph(getTranslation("enquiries.answer.stale"));
        text.setId("survey-stale");
        text.getElement().setAttribute("role", "alert");
        Button reload = new Button(getTranslation("enquiries.answer.stale.reload"), e -> {
            try {
                showForm(withDatabase("reloaded the saved answers", () -> parents.load(invitationId)), language, false);
                focusTitle();
            } catch (Unavailable down) {
                showUnavailable();
            }
        });
        reload.setId("survey-reload");
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        body.add(text, reload);
    }

    /** The calm outage page: nothing is lost, try again in a moment (reloading retries). */
    private void showUnavailable() {
        title.setText(getTranslation("enquiries.unavailable.title"));
        setDocumentTitle(title.getText());
        body.removeAll();
        Paragraph text = new Paragraph(getTranslation("enquiries.unavailable.text"));
        text.setId("parent-unavailable");
        Button again = new Button(getTranslation("enquiries.unavailable.retry"),
                e -> UI.getCurrent().getPage().reload());
        again.addThemeVariants(ButtonVariant.PRIMARY);
        body.add(text, again);
    }

    /** The session ended (e.g. after a long pause): saved pages are kept; open the link or type the code again. */
    private void showSessionEnded() {
        title.setText(getTranslation("enquiries.session-ended.title"));
        setDocumentTitle(title.getText());
        body.removeAll();
        Paragraph text = new Paragraph(getTranslation("enquiries.session-ended.text"));
        text.setId("parent-session-ended");
        body.add(text, new Anchor("enkat", getTranslation("enquiries.closed.code-link")));
    }

    private void focusTitle() {
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0); $0.focus({preventScroll: true});", title.getElement());
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

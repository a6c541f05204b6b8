package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DatabaseOutage;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.ParentEnquiry;
import se.uppfoljning.enquiries.ParentSession;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.form.SurveyForm;

/**
 * /enkat/svar: who asks and why, the language choice, then the questionnaire page by page. Every page is
 * saved on the server, so closing the tab loses nothing; the submit is final. No time limit on any page.
 */
@Route(value = "enkat/svar", autoLayout = false)
@AnonymousAllowed
public class EnquiryAnswerView extends ParentPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(EnquiryAnswerView.class);
    private final ParentAnswerService parents;
    private long invitationId;
    final H1 title = new H1();
    final Div body = new Div();
    SurveyForm form;

    public EnquiryAnswerView(ParentAnswerService parents) {
        this.parents = parents;
        add(title, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = ParentSession.invitationId(VaadinSession.getCurrent().getSession());
        if (id == null) {
            event.forwardTo(EnquiryCodeView.class);
            return;
        }
        invitationId = id;
        try {
            ParentEnquiry enquiry = parents.load(invitationId);
            if (enquiry.language() == null) {
                showIntro(enquiry);
            } else {
                showForm(enquiry, enquiry.language());
            }
        } catch (ParentAnswerService.LinkClosed e) {
            ParentSession.clear(VaadinSession.getCurrent().getSession());
            EnquiryClosedView.forward(event, e.reason());
        }
    }

    private void showIntro(ParentEnquiry enquiry) {
        title.setText(enquiry.template().title().in("sv"));
        body.removeAll();
        body.add(new Paragraph(getTranslation("enquiries.answer.who")),
                new Paragraph(getTranslation("enquiries.answer.why")),
                new Paragraph(getTranslation("enquiries.answer.privacy")),
                new Paragraph(getTranslation("enquiries.answer.choose-language")));
        FlexLayout choices = new FlexLayout();
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-s)");
        for (String lang : enquiry.languages()) {
            Button b = new Button(EnquiryCodeView.languageName(lang), e -> withDatabase("chose a language", () -> {
                parents.chooseLanguage(invitationId, lang);
                showForm(parents.load(invitationId), lang);
            }));
            b.getElement().setAttribute("lang", lang);
            b.setId("lang-" + lang);
            choices.add(b);
        }
        body.add(choices);
    }

    void showForm(ParentEnquiry enquiry, String language) {
        ParentPage.applyLanguage(UI.getCurrent(), language);
        title.setText(enquiry.template().title().in(language));
        title.getElement().setAttribute("lang", language);
        body.removeAll();
        if (!enquiry.template().intro().isEmpty()) {
            Paragraph intro = new Paragraph(enquiry.template().intro().in(language));
            intro.getElement().setAttribute("lang", language);
            body.add(intro);
        }
        form = new SurveyForm(enquiry.template(), language, enquiry.answers());
        form.setPageListener(answers -> withDatabase("saved a page", () -> parents.saveProgress(invitationId, answers)));
        form.setSubmitListener(this::submit);
        if (enquiry.started()) {
            form.resumeAtFirstIncompletePage();
        }
        body.add(form);
    }

    private void submit(Answers answers) {
        try {
            withDatabase("submitted", () -> parents.submit(invitationId, answers));
        } catch (ParentAnswerService.LinkClosed e) {
            if (!"used".equals(e.reason())) {
                throw e;
            }
            // A double click or a second tab: the answers are already in, which is what the parent wants.
        }
        ParentSession.clear(VaadinSession.getCurrent().getSession());
        title.setText(getTranslation("enquiries.answer.thanks.title"));
        body.removeAll();
        body.add(new Paragraph(getTranslation("enquiries.answer.thanks")));
    }

    /**
     * Runs one service call for the parent. A transaction that lost a deadlock is run again (at most twice), as
     * InnoDB asks of its clients. While the database cannot be reached, the parent reads "try again in a moment"
     * next to the buttons (or in a notification for the language choice) instead of an error id; the form keeps
     * what they filled in, and pressing the button again once the database is back saves it. That is safe even
     * if the database went away during a commit that did go through: a repeated submit counts as done.
     */
    private static void withDatabase(String action, Runnable call) {
        for (int attempt = 1; ; attempt++) {
            try {
                call.run();
                return;
            } catch (BusinessException e) {
                throw e;
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= 3) {
                    throw e;
                }
                log.info("A parent's transaction lost a lock conflict when the parent {}; running it again", action);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                Throwable root = e;
                for (int i = 0; i < 20 && root.getCause() != null && root.getCause() != root; i++) {
                    root = root.getCause();
                }
                log.warn("The database could not be reached when a parent {}: {}", action, root.toString());
                throw new BusinessException("enquiries.error.database-down");
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;

/** A friendly dead end for used, expired, withdrawn or unknown links. Says nothing about any case. */
@Route(value = "enkat/stangd", autoLayout = false)
@AnonymousAllowed
class EnquiryClosedView extends ParentPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("unknown", "used", "expired", "revoked");
    final H1 title = new H1();
    final Paragraph text = new Paragraph();

    public EnquiryClosedView() {
        title.addClassName("parent-title");
        add(title, text, new Paragraph(getTranslation("enquiries.closed.help")),
                new Anchor("enkat", getTranslation("enquiries.closed.code-link")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("orsak").orElse("unknown");
        show(REASONS.contains(reason) ? reason : "unknown");
    }

    /** Sends the browser to the closed-link page for this reason. */
    static void open(com.vaadin.flow.component.UI ui, String reason) {
        ui.navigate(EnquiryClosedView.class, com.vaadin.flow.router.QueryParameters.of("orsak", reason));
    }

    static void forward(BeforeEnterEvent event, String reason) {
        event.forwardTo(EnquiryClosedView.class, com.vaadin.flow.router.QueryParameters.of("orsak", reason));
    }

    void show(String reason) {
        title.setText(getTranslation("enquiries.closed." + reason + ".title"));
        text.setText(getTranslation("enquiries.closed." + reason));
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import se.uppfoljning.enquiries.PupilAnswerService;

/** A calm dead end for an unknown, used, expired or withdrawn pupil code, or one without consent (issue #16). */
@Route(value = "elev/stangd", autoLayout = false)
@AnonymousAllowed
class PupilClosedView extends PupilPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("unknown", "used", "expired", "revoked",
            PupilAnswerService.NO_CONSENT);
    final H1 title = new H1();
    final Paragraph text = new Paragraph();

    public PupilClosedView() {
        title.addClassName("parent-title");
        text.setId("pupil-closed");
        title.setText(getTranslation("pupils.closed.title"));
        add(title, text, new Anchor("elev", getTranslation("pupils.closed.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("orsak").orElse("unknown");
        text.setText(getTranslation("pupils.closed." + (REASONS.contains(reason) ? reason : "unknown")));
    }

    static void open(UI ui, String reason) {
        ui.navigate(PupilClosedView.class, QueryParameters.of("orsak", reason));
    }

    static void forward(BeforeEnterEvent event, String reason) {
        event.forwardTo(PupilClosedView.class, QueryParameters.of("orsak", reason));
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

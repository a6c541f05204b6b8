package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.focusgroups.AmendmentItem;
import se.uppfoljning.focusgroups.SessionDetails;

/**
 * Finalising a session and amending a finalised one (issue #18, item 7): the two buttons, the reason every
 * amendment needs, the "finalised by" line and the list of amendments. The page places the parts (they sit in
 * different places) and runs the actions; this class keeps their texts and what is shown when.
 */
class AmendmentControls {

    final Button finalise = new Button();
    final Button amend = new Button();
    final TextField reason = new TextField();
    final Paragraph finalInfo = new Paragraph();
    final H3 title = new H3();
    final UnorderedList amendments = new UnorderedList();
    private final Component page;
    private final Function<Instant, String> format;

    AmendmentControls(Component page, Function<Instant, String> format, Runnable onFinalise, Runnable onAmend) {
        this.page = page;
        this.format = format;
        finalise.setText(page.getTranslation("focusgroups.session.finalise"));
        finalise.addThemeVariants(ButtonVariant.PRIMARY);
        finalise.addClickListener(e -> onFinalise.run());
        amend.setText(page.getTranslation("focusgroups.session.amend"));
        amend.addClickListener(e -> onAmend.run());
        reason.setLabel(page.getTranslation("focusgroups.amendment.reason"));
        reason.setHelperText(page.getTranslation("focusgroups.amendment.reason.helper"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        title.setText(page.getTranslation("focusgroups.amendment.title"));
    }

    /** A session not created yet: nothing to finalise or amend. */
    void hideAll() {
        finalise.setVisible(false);
        amend.setVisible(false);
        reason.setVisible(false);
        finalInfo.setVisible(false);
    }

    void showFinalInfo(SessionDetails details) {
        finalInfo.setVisible(details.isFinal());
        finalInfo.setText(details.isFinal() ? page.getTranslation("focusgroups.session.final-info",
                details.finalisedBy(), format.apply(details.finalisedAt())) : "");
    }

    /** Finalise for a draft; "make a change" for a final session, then the reason field while amending. */
    void showState(boolean isFinal, boolean amending) {
        finalise.setVisible(!isFinal);
        amend.setVisible(isFinal && !amending);
        reason.setVisible(isFinal && amending);
    }

    /** The reason to send with an edit: the typed one while amending, otherwise none. */
    String reason(boolean amending) {
        return amending ? reason.getValue() : null;
    }

    void clearError() {
        reason.setInvalid(false);
    }

    /** Shows a missing or refused reason on the field; false if {@code e} is about something else. */
    boolean showError(BusinessException e) {
        if (!"amendmentReason".equals(e.field())) {
            return false;
        }
        reason.setErrorMessage(page.getTranslation(e.messageKey(), e.args()));
        reason.setInvalid(true);
        return true;
    }

    void showAmendments(List<AmendmentItem> items) {
        amendments.removeAll();
        items.forEach(a -> amendments.add(new ListItem(page.getTranslation("focusgroups.amendment.item",
                format.apply(a.at()), a.by(), page.getTranslation("focusgroups.change." + a.change()), a.reason()))));
        title.setVisible(!items.isEmpty());
        amendments.setVisible(!items.isEmpty());
    }
}

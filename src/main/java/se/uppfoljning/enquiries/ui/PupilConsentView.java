package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.enquiries.EnquiriesProperties;
import se.uppfoljning.enquiries.IssuedPupilCode;
import se.uppfoljning.enquiries.PupilCodeService;
import se.uppfoljning.enquiries.PupilConsent;
import se.uppfoljning.enquiries.Wave;

/**
 * Staff screen of the pupil questionnaire (issue #16): choose a case and wave, record consent (guardian's
 * consent, pupil's own assent), then create a pupil code. The code button works only under consent with both
 * yes; the service has the final word and its refusal is shown here. The code is shown once, large, to hand over.
 */
@Route(value = "pupil-codes", layout = MainLayout.class)
@Menu(title = "pupils.staff.nav", order = 16)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class PupilConsentView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final PupilCodeService pupilCodes;
    private final Clock clock;
    private final String pupilAddress;
    final ComboBox<CaseDetails> caseBox = new ComboBox<>();
    final Select<Wave> wave = new Select<>();
    final Paragraph current = new Paragraph();
    final RadioButtonGroup<Boolean> guardianConsent = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> pupilAssent = new RadioButtonGroup<>();
    final Button saveConsent = new Button();
    final Button issue = new Button();
    final Paragraph message = new Paragraph();
    final Div codeBox = new Div();

    public PupilConsentView(PupilCodeService pupilCodes, CaseService cases, EnquiriesProperties properties,
                            Clock clock) {
        this.pupilCodes = pupilCodes;
        this.clock = clock;
        this.pupilAddress = properties.publicBaseUrl() + "/elev";
        caseBox.setLabel(getTranslation("pupils.staff.case"));
        List<CaseDetails> active = cases.list(new CaseFilter(null, null, CaseStatus.ACTIVE, null), 0, 10_000);
        caseBox.setItems(active);
        caseBox.setItemLabelGenerator(c -> c.caseCode() + " – " + c.schoolName());
        caseBox.setId("pupil-case");
        caseBox.addValueChangeListener(e -> refresh());
        wave.setLabel(getTranslation("pupils.staff.wave"));
        wave.setItems(Wave.values());
        wave.setItemLabelGenerator(w -> getTranslation("pupils.staff.wave." + w.name()));
        wave.setValue(Wave.START);
        wave.setId("pupil-wave");
        wave.addValueChangeListener(e -> refresh());
        for (RadioButtonGroup<Boolean> group : List.of(guardianConsent, pupilAssent)) {
            group.setItems(true, false);
            group.setItemLabelGenerator(b -> getTranslation(b ? "pupils.staff.yes" : "pupils.staff.no"));
            group.setRequiredIndicatorVisible(true);
        }
        guardianConsent.setLabel(getTranslation("pupils.staff.guardian-consent"));
        guardianConsent.setId("pupil-guardian-consent");
        pupilAssent.setLabel(getTranslation("pupils.staff.pupil-assent"));
        pupilAssent.setId("pupil-assent");
        saveConsent.setText(getTranslation("pupils.staff.save-consent"));
        saveConsent.setId("pupil-save-consent");
        saveConsent.addClickListener(e -> saveConsent());
        issue.setText(getTranslation("pupils.staff.issue"));
        issue.setId("pupil-issue");
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        issue.addClickListener(e -> issue());
        message.setId("pupil-staff-message");
        message.getElement().setAttribute("role", "status");
        codeBox.addClassName("pupil-code-box");
        codeBox.setId("pupil-code-box");
        FlexLayout selection = new FlexLayout(caseBox, wave);
        selection.getStyle().set("gap", "var(--lumo-space-m)");
        selection.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H2(getTranslation("pupils.staff.title")), selection, current,
                new H3(getTranslation("pupils.staff.consent.heading")), guardianConsent, pupilAssent, saveConsent,
                new H3(getTranslation("pupils.staff.code.heading")), issue, message, codeBox);
        refresh();
    }

    private Optional<Long> caseId() {
        return Optional.ofNullable(caseBox.getValue()).map(CaseDetails::id);
    }

    /** Shows the consent recorded last for the chosen case and wave; the code button follows it. */
    void refresh() {
        codeBox.removeAll();
        message.setText("");
        guardianConsent.clear();
        pupilAssent.clear();
        guardianConsent.setInvalid(false);
        pupilAssent.setInvalid(false);
        if (caseId().isEmpty() || wave.getValue() == null) {
            current.setText(getTranslation("pupils.staff.select-case"));
            issue.setEnabled(false);
            saveConsent.setEnabled(false);
            return;
        }
        saveConsent.setEnabled(true);
        Optional<PupilConsent> consent = pupilCodes.consent(caseId().get(), wave.getValue());
        current.setText(consent.map(c -> getTranslation("pupils.staff.consent.current",
                        TIME.format(c.recordedAt().atZone(clock.getZone())), yesNo(c.guardianConsent()), yesNo(c.pupilAssent())))
                .orElse(getTranslation("pupils.staff.consent.none")));
        boolean allowed = consent.map(PupilConsent::allowsAnswers).orElse(false);
        issue.setEnabled(allowed);
        if (!allowed) {
            message.setText(getTranslation("pupils.staff.code.needs-consent"));
        }
    }

    void saveConsent() {
        if (caseId().isEmpty()) {
            return;
        }
        try {
            Boolean guardian = guardianConsent.getValue();
            Boolean pupil = pupilAssent.getValue();
            pupilCodes.recordConsent(caseId().get(), wave.getValue(), guardian, pupil);
            refresh();
            message.setText(getTranslation("pupils.staff.consent.saved") + (issue.isEnabled() ? ""
                    : " " + getTranslation("pupils.staff.code.needs-consent")));
        } catch (BusinessException e) {
            RadioButtonGroup<Boolean> field = "pupilAssent".equals(e.field()) ? pupilAssent : guardianConsent;
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            field.setInvalid(true);
        }
    }

    void issue() {
        codeBox.removeAll();
        if (caseId().isEmpty()) {
            return;
        }
        try {
            IssuedPupilCode code = pupilCodes.issue(caseId().get(), wave.getValue());
            message.setText("");
            Paragraph big = new Paragraph(getTranslation("pupils.staff.code.shown", code.code()));
            big.addClassName("pupil-code");
            big.setId("pupil-issued-code");
            codeBox.add(big, new Paragraph(getTranslation("pupils.staff.code.valid",
                    TIME.format(code.expiresAt().atZone(clock.getZone())), pupilAddress)));
        } catch (BusinessException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private String yesNo(boolean b) {
        return getTranslation(b ? "pupils.staff.yes" : "pupils.staff.no").toLowerCase(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupils.staff.title");
    }
}

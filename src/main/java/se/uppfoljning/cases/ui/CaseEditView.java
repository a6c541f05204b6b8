package se.uppfoljning.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ReferenceDataService;

/** Create (id 0) or edit a case. Shows the generated pseudonym after the first save. */
@Route(value = "case", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class CaseEditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseService cases;
    final CaseForm form;
    final H2 title = new H2();
    final Paragraph codeInfo = new Paragraph();
    final Button save = new Button();
    final Button back = new Button();
    private CaseDetails existing;

    public CaseEditView(CaseService cases, ReferenceDataService reference) {
        this.cases = cases;
        this.form = new CaseForm(reference.projects());
        save.setText(getTranslation("base.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        back.setText(getTranslation("cases.edit.back"));
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseListView.class)));
        codeInfo.addClassName("case-code");
        add(title, codeInfo, form, new HorizontalLayout(save, back));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null || id == 0) {
            existing = null;
            title.setText(getTranslation("cases.edit.new-title"));
            form.setData(CaseData.empty());
        } else {
            try {
                show(cases.get(id));
            } catch (BusinessException e) {
                Notifications.error(e.messageKey());
                event.forwardTo(CaseListView.class);
            }
        }
    }

    private void show(CaseDetails details) {
        existing = details;
        title.setText(getTranslation("cases.edit.title", details.caseCode()));
        codeInfo.setText(getTranslation("cases.edit.code-info", details.caseCode()));
        form.setData(details.data());
    }

    private void save() {
        try {
            CaseData data = form.getData();
            CaseDetails saved = existing == null ? cases.create(data) : cases.update(existing.id(), data, existing.version());
            Notifications.success(existing == null ? "cases.edit.created" : "cases.edit.saved", saved.caseCode());
            show(saved);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "case/" + saved.id()));
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}

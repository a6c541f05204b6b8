package se.uppfoljning.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.security.StaffData;
import se.uppfoljning.security.StaffService;

@Route(value = "password", layout = MainLayout.class)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(StaffService staff) {
        currentPassword.setLabel(getTranslation("security.password.current"));
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("security.password.rule", StaffData.PASSWORD_MIN_LENGTH));
        newPassword.setMaxLength(StaffData.PASSWORD_MAX_LENGTH);
        repeat.setLabel(getTranslation("security.password.repeat"));
        save.setText(getTranslation("security.password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            for (PasswordField f : new PasswordField[] {currentPassword, newPassword, repeat}) {
                f.setInvalid(false);
            }
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("security.password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                staff.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
                Notifications.success("security.password.changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (BusinessException ex) {
                PasswordField target = "currentPassword".equals(ex.field()) ? currentPassword : newPassword;
                target.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                target.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(currentPassword, newPassword, repeat);
        form.setMaxWidth("28em");
        add(new H2(getTranslation("security.password.title")));
        if (staff.currentUserMustChangePassword()) {
            add(new Paragraph(getTranslation("security.password.must-change")));
        }
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.title");
    }
}

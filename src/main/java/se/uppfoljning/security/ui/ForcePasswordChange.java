package se.uppfoljning.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.uppfoljning.security.StaffService;

/** Staff with a temporary password can open nothing but the change-password page. */
@Component
class ForcePasswordChange implements VaadinServiceInitListener {

    private final StaffService staff;

    ForcePasswordChange(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && staff.currentUserMustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}

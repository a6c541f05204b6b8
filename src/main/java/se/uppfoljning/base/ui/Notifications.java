package se.uppfoljning.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, screen-reader announced notifications with texts from the bundles. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String key, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String key, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, args), 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setAssertive(true);
    }
}

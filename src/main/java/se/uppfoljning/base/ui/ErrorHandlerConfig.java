package se.uppfoljning.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DatabaseOutage;

/**
 * One place for unexpected errors: log them with an id and show the user a calm message with that id.
 * Expected failures ({@link BusinessException}, concurrent edits, denied access, the database being away) get
 * their own message. An ended session reloads the page without Vaadin's English "Session expired" box: the page
 * itself then says what to do (the login for staff, "open the link again" in their language for parents).
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlerConfig {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerConfig.class);

    @Bean
    VaadinServiceInitListener errorHandlerInitializer() {
        return event -> event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable t = rootCause(error.getThrowable());
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                String text;
                if (t instanceof BusinessException be) {
                    text = ui.getTranslation(be.messageKey(), be.args());
                } else if (t instanceof ObjectOptimisticLockingFailureException) {
                    text = ui.getTranslation("base.error.concurrent-edit");
                } else if (t instanceof AccessDeniedException) {
                    text = ui.getTranslation("base.error.access-denied");
                } else if (DatabaseOutage.isCause(error.getThrowable())) {
                    log.warn("The database could not be reached: {}", t.toString());
                    text = ui.getTranslation("base.error.database-unavailable");
                } else {
                    String id = UUID.randomUUID().toString().substring(0, 8);
                    log.error("Unexpected error {}", id, error.getThrowable());
                    text = ui.getTranslation("base.error.unexpected", id);
                }
                Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.ERROR);
                n.setAssertive(true);
            }));
        }));
    }

    /** After the session ended, the browser reloads the page it shows (no English notification first). */
    @Bean
    VaadinServiceInitListener systemMessages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        SystemMessagesProvider provider = info -> messages;
        return event -> event.getSource().setSystemMessagesProvider(provider);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof BusinessException)
                && !(c instanceof ObjectOptimisticLockingFailureException) && !(c instanceof AccessDeniedException)) {
            c = c.getCause();
        }
        return c;
    }
}

package se.uppfoljning.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import se.uppfoljning.base.ui.LanguageSwitch;

/** Staff login. Parents never log in: they answer through a one-time link at /enkat. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.message"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 appName = new H1(getTranslation("app.name"));
        Anchor toCodePage = new Anchor("enkat", getTranslation("security.login.parents-link"));
        toCodePage.setId("login-parents-link");
        toCodePage.addClassName("text-link");
        Paragraph parents = new Paragraph(getTranslation("security.login.parents-hint") + " ");
        parents.add(toCodePage);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new LanguageSwitch(), appName, login, parents);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " – " + getTranslation("app.name");
    }
}

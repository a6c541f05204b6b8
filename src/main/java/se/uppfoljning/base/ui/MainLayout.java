package se.uppfoljning.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The staff shell: app name, language, user and logout on top; a side navigation built from the views the
 * user's roles allow (Vaadin filters {@code @Menu} entries by access control). Menu titles are i18n keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        Span user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        Button password = new Button(getTranslation("security.password.menu"),
                e -> getUI().ifPresent(ui -> ui.navigate("password")));
        password.addThemeVariants(ButtonVariant.TERTIARY);
        Button logout = new Button(getTranslation("security.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(), user, password, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title, right);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);
        addToDrawer(new Scroller(createSideNav()));
    }

    private Component createSideNav() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("base.nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            nav.addItem(item);
        });
        return nav;
    }
}

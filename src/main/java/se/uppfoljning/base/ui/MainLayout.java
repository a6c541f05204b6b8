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
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The staff shell: app name, language, user and logout on top; a side navigation built from the views the
 * user's roles allow (Vaadin filters {@code @Menu} entries by access control). Menu titles are i18n keys.
 * <p>
 * Keyboard and screen-reader users (WCAG 2.4.1, 2.4.3): the first Tab stop is "Hoppa till innehållet", and after
 * every navigation focus moves to the new view's heading ({@link #MAIN_ID}), so nobody tabs through the header
 * and menu again. The header wraps instead of pushing controls off-screen at 320 px and 200 % zoom.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id given to the heading of the view shown, the target of the skip link. */
    public static final String MAIN_ID = "main-content";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    final Button skipLink = new Button();
    final DrawerToggle toggle = new DrawerToggle();

    public MainLayout(AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("base.nav.drawer")));
        skipLink.setText(getTranslation("base.skip-to-content"));
        skipLink.addClassName("skip-link");
        skipLink.addClickListener(e -> focusMainHeading());
        toggle.setAriaLabel(getTranslation("base.nav.toggle"));
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
        right.setWrap(true);
        right.addClassName("app-navbar-tools");
        HorizontalLayout navbar = new HorizontalLayout(skipLink, toggle, title, right);
        navbar.setWrap(true);
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

    /** Marks the new view's heading as the main landmark's target and moves keyboard focus there. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        focusMainHeading();
    }

    void focusMainHeading() {
        mainHeading().ifPresent(heading -> {
            heading.setAttribute("id", MAIN_ID);
            heading.setAttribute("tabindex", "-1");
            // After the browser has laid the new view out: a heading that is not rendered yet cannot take focus.
            heading.executeJs("const h = this; requestAnimationFrame(() => setTimeout(() => h.focus(), 0));");
        });
    }

    /** The first h1-h3 of the view shown (depth-first, in document order), if it has one. */
    Optional<Element> mainHeading() {
        Component content = getContent();
        if (content == null) {
            return Optional.empty();
        }
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(content.getElement());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (HEADINGS.contains(e.getTag())) {
                return Optional.of(e);
            }
            for (int i = e.getChildCount() - 1; i >= 0; i--) {
                todo.push(e.getChild(i));
            }
        }
        return Optional.empty();
    }
}

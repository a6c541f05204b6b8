package se.uppfoljning;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base for view tests: a mocked Vaadin UI on the shared Spring context, Swedish locale, nobody logged in. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("se.uppfoljning");

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
    }

    @AfterEach
    void tearDownVaadin() {
        TestLogin.logout();
        MockVaadin.tearDown();
    }

    protected void login(String username) {
        TestLogin.login(userDetailsService, username);
    }

    protected <T extends com.vaadin.flow.component.Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(view);
    }
}

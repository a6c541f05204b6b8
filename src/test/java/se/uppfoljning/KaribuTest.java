package se.uppfoljning;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/** Base for view tests: a mocked Vaadin UI on the shared Spring context, Swedish locale, nobody logged in. */
@IntegrationTest
public abstract class KaribuTest {

    /**
     * Every {@code @Route} class, public or package-private. Karibu's {@code autoDiscoverViews} scans with
     * ClassGraph, which skips non-public classes; the app finds its routes with Spring's classpath scanner
     * (Vaadin's Spring add-on), which does not, so the tests add what that scanner finds (issue #18).
     */
    protected static final Routes ROUTES = routes();

    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("se.uppfoljning");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition found : scanner.findCandidateComponents("se.uppfoljning")) {
            routes.getRoutes().add(ClassUtils.resolveClassName(found.getBeanClassName(), null)
                    .asSubclass(Component.class));
        }
        return routes;
    }

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

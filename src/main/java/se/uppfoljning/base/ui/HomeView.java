package se.uppfoljning.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Start page for staff: what this service is for and where each role begins. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "base.home.menu", order = 0)
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        add(new H2(getTranslation("base.home.title")), new Paragraph(getTranslation("base.home.intro")),
                new Paragraph(getTranslation("base.home.privacy")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}

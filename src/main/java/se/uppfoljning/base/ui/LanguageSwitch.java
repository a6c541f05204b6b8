package se.uppfoljning.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import se.uppfoljning.base.i18n.Translations;

/**
 * Svenska / English for staff pages. The choice is kept for the session and the page is reloaded; every page
 * that shows the switch (the login and the main layout) sets {@code <html lang>} to the UI's language, which the
 * page Vaadin serves does not (it always said {@code lang="sv"}).
 */
public class LanguageSwitch extends Composite<Select<Locale>> {

    public LanguageSwitch() {
        Select<Locale> select = getContent();
        select.setItems(Translations.SWEDISH, Translations.ENGLISH);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Svenska");
        select.setAriaLabel(UI.getCurrent().getTranslation("base.language"));
        select.setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? Translations.ENGLISH : Translations.SWEDISH);
        select.setWidth("9em");
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0",
                UI.getCurrent().getLocale().getLanguage());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}

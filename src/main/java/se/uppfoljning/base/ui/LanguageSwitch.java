package se.uppfoljning.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import se.uppfoljning.base.i18n.Translations;

/** Svenska / English for staff pages. The choice is kept for the session and the page is reloaded. */
public class LanguageSwitch extends Composite<Select<Locale>> {

    public LanguageSwitch() {
        Select<Locale> select = getContent();
        select.setItems(Translations.SWEDISH, Translations.ENGLISH);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Svenska");
        select.setAriaLabel(UI.getCurrent().getTranslation("base.language"));
        select.setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? Translations.ENGLISH : Translations.SWEDISH);
        select.setWidth("9em");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}

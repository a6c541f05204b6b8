package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import java.util.Locale;
import se.uppfoljning.surveys.SurveyTemplate;

/** Frame of every parent page: a main landmark, readable width, language and direction set on the page. */
class ParentPage extends Main {

    ParentPage() {
        addClassName("parent-page");
    }

    static void applyLanguage(UI ui, String language) {
        ui.setLocale(Locale.forLanguageTag(language));
        ui.setDirection(SurveyTemplate.isRightToLeft(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language);
    }
}

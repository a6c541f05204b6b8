package se.uppfoljning.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.Predicate;

/** Small helpers for choice fields shared by the staff forms. */
public final class Choices {

    private Choices() {
    }

    /**
     * Selects the item the record refers to; for a new record ({@code nothingChosen}) selects the only item when
     * there is exactly one (a coordinator or facilitator with one project need not pick it, issue #13 item 14);
     * otherwise clears the field.
     */
    public static <T> void selectOrOnly(ComboBox<T> box, Predicate<T> chosen, boolean nothingChosen) {
        List<T> items = box.getListDataView().getItems().toList();
        T match = items.stream().filter(chosen).findFirst().orElse(null);
        if (match == null && nothingChosen && items.size() == 1) {
            match = items.getFirst();
        }
        if (match == null) {
            box.clear();
        } else {
            box.setValue(match);
        }
    }
}

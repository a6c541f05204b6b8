package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.QuoteData;
import se.uppfoljning.focusgroups.QuoteItem;
import se.uppfoljning.focusgroups.Theme;

/** One verbatim quote: text, the speaker's role (never a name), theme, quotable flag and codes. */
public class QuoteEditor extends Composite<FormLayout> {

    Long quoteId;
    final TextArea text = new TextArea();
    final Select<ParticipantRole> role = new Select<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final Checkbox quotable = new Checkbox();
    final MultiSelectComboBox<CodeItem> codes = new MultiSelectComboBox<>();
    final Button remove = new Button();

    /** Service errors by field name; a theme problem is shown on the text. */
    private final FieldErrors errors = new FieldErrors(java.util.Map.of("text", text, "theme", text, "speakerRole", role, "codes", codes));

    QuoteEditor(ListDataProvider<Theme> themes, Function<Theme, String> themeLabel,
                ListDataProvider<CodeItem> codebook) {
        text.setLabel(getTranslation("focusgroups.quote.text"));
        text.setHelperText(getTranslation("focusgroups.quote.helper"));
        text.setMaxLength(QuoteData.MAX_LENGTH);
        text.setMinRows(2);
        role.setLabel(getTranslation("focusgroups.quote.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("focusgroups.role." + r));
        theme.setLabel(getTranslation("focusgroups.quote.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(themeLabel::apply);
        theme.setValue(Theme.OTHER);
        quotable.setLabel(getTranslation("focusgroups.quote.quotable"));
        codes.setLabel(getTranslation("focusgroups.codes"));
        codes.setItems(codebook);
        codes.setItemLabelGenerator(CodeItem::name);
        codes.setAllowCustomValue(true);
        remove.setText(getTranslation("focusgroups.quote.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        getContent().add(text, 2);
        getContent().add(role, theme, codes, quotable, remove);
        getContent().addClassName("focusgroup-quote");
    }

    void show(QuoteItem q, ListDataProvider<CodeItem> codebook) {
        quoteId = q.id();
        text.setValue(q.text());
        role.setValue(q.speakerRole());
        theme.setValue(q.theme());
        quotable.setValue(q.quotable());
        Set<Long> ids = q.codes().stream().map(CodeItem::id).collect(Collectors.toSet());
        codes.setValue(codebook.getItems().stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
    }

    QuoteData data() {
        errors.clear();
        return new QuoteData(theme.getValue() == null ? Theme.OTHER : theme.getValue(), text.getValue(),
                role.getValue(), quotable.getValue(),
                codes.getValue().stream().map(CodeItem::id).collect(Collectors.toSet()));
    }

    /** A new quote is saved once it has both text and the speaker's role. */
    boolean isIncompleteAndNew() {
        return quoteId == null && (text.getValue().isBlank() || role.getValue() == null);
    }

    boolean showError(BusinessException e) {
        return errors.show(e);
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
        role.setReadOnly(readOnly);
        theme.setReadOnly(readOnly);
        quotable.setReadOnly(readOnly);
        codes.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}

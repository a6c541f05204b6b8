package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.Set;
import java.util.stream.Collectors;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.NoteData;
import se.uppfoljning.focusgroups.NoteItem;
import se.uppfoljning.focusgroups.Theme;

/** One note under a theme: its text and codes. The view saves it on every change. */
public class NoteEditor extends Composite<HorizontalLayout> {

    final Theme theme;
    Long noteId;
    final TextArea text = new TextArea();
    final MultiSelectComboBox<CodeItem> codes = new MultiSelectComboBox<>();
    final Button remove = new Button();

    /** Service errors by field name; a theme problem is shown on the text. */
    private final FieldErrors errors = new FieldErrors(java.util.Map.of("text", text, "theme", text, "codes", codes));

    NoteEditor(Theme theme, String themeLabel, ListDataProvider<CodeItem> codebook) {
        this.theme = theme;
        text.setLabel(getTranslation("focusgroups.note.text", themeLabel));
        text.setMaxLength(NoteData.MAX_LENGTH);
        text.setHelperText(getTranslation("focusgroups.note.helper"));
        text.setWidthFull();
        text.setMinRows(3);
        codes.setLabel(getTranslation("focusgroups.codes"));
        codes.setHelperText(getTranslation("focusgroups.codes.helper"));
        codes.setItems(codebook);
        codes.setItemLabelGenerator(CodeItem::name);
        codes.setAllowCustomValue(true);
        codes.setSelectedItemsOnTop(true);
        remove.setText(getTranslation("focusgroups.note.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        getContent().add(text, codes, remove);
        getContent().setWidthFull();
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setFlexGrow(1, text);
        getContent().addClassName("focusgroup-note");
    }

    void show(NoteItem note, ListDataProvider<CodeItem> codebook) {
        noteId = note.id();
        text.setValue(note.text());
        Set<Long> ids = note.codes().stream().map(CodeItem::id).collect(Collectors.toSet());
        codes.setValue(codebook.getItems().stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
    }

    NoteData data() {
        text.setInvalid(false);
        codes.setInvalid(false);
        return new NoteData(theme, text.getValue(),
                codes.getValue().stream().map(CodeItem::id).collect(Collectors.toSet()));
    }

    boolean isBlankAndNew() {
        return noteId == null && text.getValue().isBlank();
    }

    boolean showError(BusinessException e) {
        return errors.show(e);
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
        codes.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}

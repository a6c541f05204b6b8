package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.NoteItem;
import se.uppfoljning.focusgroups.Theme;
import se.uppfoljning.focusgroups.ThemeItem;
import se.uppfoljning.surveys.LocalizedText;

/**
 * The themes of a session with their prompts and notes, and a field to add a typed theme (issue #18, item 7).
 * The section lays out; the page saves: every note editor is handed to {@code listen} once it exists.
 */
class ThemesSection extends Composite<VerticalLayout> {

    final VerticalLayout themesLayout = new VerticalLayout();
    final TextField newTheme = new TextField();
    final Button addTheme = new Button();
    final List<NoteEditor> noteEditors = new ArrayList<>();
    private final Map<String, VerticalLayout> notesByTheme = new HashMap<>();
    private final List<Theme> themeList = new ArrayList<>();
    /** The themes in page order, for the quote editors' theme choice. */
    final ListDataProvider<Theme> themes = new ListDataProvider<>(themeList);
    private final Map<String, String> themeLabels = new HashMap<>();
    private final ListDataProvider<CodeItem> codes;
    private final Consumer<NoteEditor> listen;

    ThemesSection(ListDataProvider<CodeItem> codes, Consumer<NoteEditor> listen) {
        this.codes = codes;
        this.listen = listen;
        newTheme.setLabel(getTranslation("focusgroups.theme.new"));
        newTheme.setMaxLength(Theme.TITLE_MAX_LENGTH);
        addTheme.setText(getTranslation("focusgroups.theme.add"));
        addTheme.addClickListener(e -> addTypedTheme());
        HorizontalLayout themeAdder = new HorizontalLayout(newTheme, addTheme);
        themeAdder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        themesLayout.setPadding(false);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("focusgroups.theme.title")), themesLayout, themeAdder);
    }

    /** Lays out the session's themes and notes afresh. */
    void show(List<ThemeItem> items, List<NoteItem> notes) {
        themeList.clear();
        themeLabels.clear();
        items.forEach(t -> {
            themeList.add(t.theme());
            themeLabels.put(t.theme().key(), label(t));
        });
        themes.refreshAll();
        themesLayout.removeAll();
        notesByTheme.clear();
        noteEditors.clear();
        items.forEach(t -> themesLayout.add(themePanel(t)));
        for (NoteItem n : notes) {
            NoteEditor editor = addNoteEditor(n.theme());
            editor.show(n, codes);
            listen.accept(editor);
        }
    }

    /** The label a theme has on the page (the title in the user's language, "Other" for other). */
    String label(Theme theme) {
        return themeLabels.getOrDefault(theme.key(), theme.title());
    }

    void setReadOnly(boolean readOnly) {
        noteEditors.forEach(e -> e.setReadOnly(readOnly));
        themesLayout.getChildren().forEach(c -> c.getChildren().filter(Button.class::isInstance)
                .forEach(b -> b.setVisible(!readOnly)));
        newTheme.setVisible(!readOnly);
        addTheme.setVisible(!readOnly);
    }

    /** An empty note under the theme; it is saved once it has text. */
    NoteEditor newNote(Theme theme) {
        NoteEditor editor = addNoteEditor(theme);
        listen.accept(editor);
        return editor;
    }

    void dropNote(NoteEditor editor) {
        noteEditors.remove(editor);
        editor.getElement().removeFromParent();
    }

    void addTypedTheme() {
        String name = newTheme.getValue() == null ? "" : newTheme.getValue().strip();
        newTheme.setInvalid(false);
        if (name.isEmpty()) {
            newTheme.setErrorMessage(getTranslation("base.error.required"));
            newTheme.setInvalid(true);
            return;
        }
        Theme theme = Theme.typed(name);
        if (!notesByTheme.containsKey(theme.key())) {
            ThemeItem item = new ThemeItem(theme, LocalizedText.of(theme.title()), null, List.of());
            themeList.add(themeList.size() - 1, theme);
            themeLabels.put(theme.key(), theme.title());
            themes.refreshAll();
            // before "other", which stays last
            themesLayout.addComponentAtIndex((int) themesLayout.getChildren().count() - 1, themePanel(item));
        }
        newTheme.clear();
    }

    private VerticalLayout themePanel(ThemeItem item) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("focusgroup-theme");
        String label = label(item);
        panel.add(new H3(label));
        String language = getLocale().getLanguage();
        if (!item.intro().isEmpty()) {
            panel.add(new Paragraph(item.intro().in(language)));
        }
        if (!item.prompts().isEmpty()) {
            UnorderedList prompts = new UnorderedList();
            item.prompts().forEach(p -> prompts.add(new ListItem(p.in(language))));
            prompts.getElement().setAttribute("aria-label", getTranslation("focusgroups.theme.prompts", label));
            panel.add(prompts);
        }
        VerticalLayout notes = new VerticalLayout();
        notes.setPadding(false);
        notesByTheme.put(item.theme().key(), notes);
        Button addNote = new Button(getTranslation("focusgroups.note.add"));
        addNote.getElement().setAttribute("aria-label", getTranslation("focusgroups.note.add.aria", label));
        addNote.addClickListener(e -> newNote(item.theme()).text.focus());
        panel.add(notes, addNote);
        return panel;
    }

    private NoteEditor addNoteEditor(Theme theme) {
        NoteEditor editor = new NoteEditor(theme, label(theme), codes);
        noteEditors.add(editor);
        notesByTheme.get(theme.key()).add(editor);
        return editor;
    }

    private String label(ThemeItem t) {
        if (t.theme().isOther()) {
            return getTranslation("focusgroups.theme.other");
        }
        String text = t.title().in(getLocale().getLanguage());
        return text.isEmpty() ? t.theme().title() : text;
    }
}

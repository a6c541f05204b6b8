package se.uppfoljning.surveys.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.surveys.LocalizedText;
import se.uppfoljning.surveys.MatrixItem;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateListItem;
import se.uppfoljning.surveys.TemplateService;

/**
 * The loaded survey templates and, for the selected one, a read-only outline in a chosen language: sections,
 * questions with type, required, show-if and analysis key. Right-to-left languages are shown right to left.
 */
@Route(value = "templates", layout = MainLayout.class)
@Menu(title = "surveys.templates.menu", order = 60)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class TemplateListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TemplateListItem> grid = new Grid<>();
    final Select<String> language = new Select<>();
    final Div outline = new Div();
    private final TemplateService templates;
    private SurveyTemplate selected;

    public TemplateListView(TemplateService templates) {
        this.templates = templates;
        setSizeFull();
        grid.addColumn(TemplateListItem::id).setKey("id").setHeader(getTranslation("surveys.templates.column.id")).setAutoWidth(true);
        grid.addColumn(TemplateListItem::version).setKey("version").setHeader(getTranslation("surveys.templates.column.version")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("surveys.templates.kind." + t.kind().name()))
                .setKey("kind").setHeader(getTranslation("surveys.templates.column.kind")).setAutoWidth(true);
        grid.addColumn(t -> t.waves().stream().map(w -> getTranslation("surveys.templates.wave." + w))
                .collect(Collectors.joining(", "))).setKey("waves").setHeader(getTranslation("surveys.templates.column.waves"));
        grid.addColumn(t -> t.languages().stream().map(l -> t.unreviewedLanguages().contains(l)
                        ? getTranslation("surveys.templates.not-reviewed", languageName(l)) : languageName(l))
                        .collect(Collectors.joining(", ")))
                .setKey("languages").setHeader(getTranslation("surveys.templates.column.languages"));
        grid.addColumn(TemplateListItem::questionCount).setKey("questions").setHeader(getTranslation("surveys.templates.column.questions"))
                .setAutoWidth(true);
        grid.addColumn(TemplateListItem::sourceFile).setKey("file").setHeader(getTranslation("surveys.templates.column.file"));
        grid.setItems(templates.list());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("surveys.templates.title"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        language.setLabel(getTranslation("surveys.templates.language"));
        language.setItemLabelGenerator(this::languageName);
        language.addValueChangeListener(e -> showOutline());
        language.setVisible(false);

        outline.setWidthFull();
        outline.add(new Paragraph(getTranslation("surveys.templates.select-hint")));

        add(new H2(getTranslation("surveys.templates.title")), new Paragraph(getTranslation("surveys.templates.intro")),
                grid, language, outline);
    }

    private void select(TemplateListItem item) {
        selected = item == null ? null : templates.get(item.id(), item.version());
        language.setVisible(selected != null);
        if (selected == null) {
            outline.removeAll();
            outline.add(new Paragraph(getTranslation("surveys.templates.select-hint")));
            return;
        }
        String uiLanguage = getLocale() == null ? LocalizedText.DEFAULT_LANGUAGE : getLocale().getLanguage();
        language.setItemLabelGenerator(l -> selected == null || selected.isReviewed(l) ? languageName(l)
                : getTranslation("surveys.templates.not-reviewed", languageName(l)));
        language.setItems(selected.languages());
        language.setValue(selected.languages().contains(uiLanguage) ? uiLanguage : LocalizedText.DEFAULT_LANGUAGE);
        showOutline();
    }

    /** The selected template in the chosen language; labels (type, required ...) in the user's language. */
    private void showOutline() {
        outline.removeAll();
        if (selected == null || language.getValue() == null) {
            return;
        }
        String lang = language.getValue();
        outline.getElement().setAttribute("lang", lang);
        outline.getElement().setAttribute("dir", SurveyTemplate.isRightToLeft(lang) ? "rtl" : "ltr");
        outline.add(new H3(selected.title().in(lang)));
        if (!selected.intro().isEmpty()) {
            outline.add(new Paragraph(selected.intro().in(lang)));
        }
        for (Section section : selected.sections()) {
            outline.add(new H4(section.title().in(lang)));
            if (!section.intro().isEmpty()) {
                outline.add(new Paragraph(section.intro().in(lang)));
            }
            OrderedList questions = new OrderedList();
            section.questions().forEach(q -> questions.add(question(q, lang)));
            outline.add(questions);
        }
    }

    private ListItem question(Question q, String lang) {
        Span text = new Span(q.text().in(lang));
        text.getStyle().set("font-weight", "600");
        ListItem item = new ListItem(text, facts(q));
        if (!q.items().isEmpty()) {
            UnorderedList rows = new UnorderedList();
            for (MatrixItem row : q.items()) {
                rows.add(new ListItem(new Span(row.text().in(lang)), facts(List.of(
                        getTranslation("surveys.templates.analysis-key", row.analysisKey())))));
            }
            item.add(rows);
        }
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return item;
    }

    private Div facts(Question q) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("surveys.templates.type." + q.type().name()));
        facts.add(getTranslation(q.required() ? "surveys.templates.required" : "surveys.templates.optional"));
        if (q.showIf() != null) {
            facts.add(getTranslation("surveys.templates.show-if", q.showIf().questionId(),
                    String.join(", ", q.showIf().anyOf())));
        }
        facts.add(q.analysisKey() == null ? getTranslation("surveys.templates.no-analysis-key")
                : getTranslation("surveys.templates.analysis-key", q.analysisKey()));
        if (q.freeTextInReports()) {
            facts.add(getTranslation("surveys.templates.quotable"));
        }
        return facts(facts);
    }

    /** A line of facts in the user's language, kept left-to-right inside a right-to-left outline. */
    private Div facts(List<String> facts) {
        Div line = new Div(String.join(" · ", facts));
        line.getElement().setAttribute("lang", getLocale() == null ? "sv" : getLocale().getLanguage());
        line.getElement().setAttribute("dir", "ltr");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("text-align", "start");
        return line;
    }

    private String languageName(String code) {
        Locale uiLocale = getLocale() == null ? Locale.forLanguageTag("sv") : getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(uiLocale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(uiLocale) + name.substring(1) + " (" + code + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveys.templates.title");
    }
}

package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.absence.CompletenessRow;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;

/**
 * Which schools have reported which months (issue #16): per school and month, the active cases, how many have
 * figures, which codes are missing and since when. For coordinators, over their own cases.
 */
@Route(value = "absence/completeness", layout = MainLayout.class)
@Menu(title = "absence.completeness.menu", order = 31)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class AbsenceCompletenessView extends VerticalLayout implements HasDynamicTitle {

    private static final int MONTHS_OFFERED = 36;
    private static final int MONTHS_SHOWN = 6;
    private final AbsenceService absence;

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final Button show = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<CompletenessRow> grid = new Grid<>();

    public AbsenceCompletenessView(AbsenceService absence, Clock clock) {
        this.absence = absence;
        setWidthFull();
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(now.minusMonths(i));
        }
        from.setLabel(getTranslation("absence.completeness.from"));
        to.setLabel(getTranslation("absence.completeness.to"));
        for (ComboBox<YearMonth> box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(YearMonth::toString);
            box.setRequiredIndicatorVisible(true);
        }
        from.setValue(now.minusMonths(MONTHS_SHOWN - 1));
        to.setValue(now);
        show.setText(getTranslation("absence.completeness.show"));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickListener(e -> refresh());
        HorizontalLayout range = new HorizontalLayout(from, to, show);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        range.setWrap(true);

        grid.addColumn(CompletenessRow::schoolName).setHeader(getTranslation("absence.completeness.school"))
                .setKey("school").setAutoWidth(true);
        grid.addColumn(r -> r.month().toString()).setHeader(getTranslation("absence.completeness.month"))
                .setKey("month").setAutoWidth(true);
        grid.addColumn(CompletenessRow::activeCases).setHeader(getTranslation("absence.completeness.active"))
                .setKey("active");
        grid.addColumn(CompletenessRow::reportedCases).setHeader(getTranslation("absence.completeness.reported"))
                .setKey("reported");
        grid.addColumn(CompletenessRow::missingCount).setHeader(getTranslation("absence.completeness.missing"))
                .setKey("missing");
        grid.addColumn(r -> r.missingSince() == null ? "" : r.missingSince().toString())
                .setHeader(getTranslation("absence.completeness.since")).setKey("since").setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.missingCodes()))
                .setHeader(getTranslation("absence.completeness.codes")).setKey("codes").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("absence.completeness.title"));

        add(new H2(getTranslation("absence.completeness.title")),
                new Paragraph(getTranslation("absence.completeness.intro")), range, summary, grid);
        refresh();
    }

    private void refresh() {
        from.setInvalid(false);
        try {
            List<CompletenessRow> rows = absence.completeness(from.getValue(), to.getValue());
            grid.setItems(rows);
            long incomplete = rows.stream().filter(r -> r.missingCount() > 0).count();
            summary.setText(getTranslation("absence.completeness.summary", rows.size(), incomplete));
        } catch (BusinessException e) {
            from.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            from.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absence.completeness.title");
    }
}

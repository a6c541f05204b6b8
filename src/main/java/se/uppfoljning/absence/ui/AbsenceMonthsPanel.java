package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.absence.AbsenceData;
import se.uppfoljning.absence.AbsenceMonthItem;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.absence.CaseAbsence;
import se.uppfoljning.absence.ThresholdFlag;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.ProjectListItem;

/**
 * The manual entry of {@link AbsenceView}: one case's months with attendance and threshold flags, and the form
 * to add, change or delete a month. Hidden while no case is chosen.
 */
class AbsenceMonthsPanel extends Composite<VerticalLayout> {

    private final AbsenceService absence;
    private final List<ProjectListItem> projects;

    final H3 caseTitle = new H3();
    final Paragraph casePeriod = new Paragraph();
    final Paragraph thresholds = new Paragraph();
    final Grid<AbsenceMonthItem> months = new Grid<>();
    final Button newMonth = new Button();
    final H3 formTitle = new H3();
    final AbsenceMonthForm form = new AbsenceMonthForm();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final VerticalLayout formSection = new VerticalLayout();

    private CaseAbsence shown;
    private AbsenceMonthItem editing;

    AbsenceMonthsPanel(AbsenceService absence, List<ProjectListItem> projects) {
        this.absence = absence;
        this.projects = projects;
        months.addColumn(m -> m.figures().month().toString()).setHeader(getTranslation("absence.grid.month"))
                .setKey("month").setAutoWidth(true);
        months.addColumn(m -> hours(m.figures().hoursOffered())).setHeader(getTranslation("absence.grid.offered"))
                .setKey("offered");
        months.addColumn(m -> hours(m.figures().unauthorised()))
                .setHeader(getTranslation("absence.grid.unauthorised")).setKey("unauthorised");
        months.addColumn(m -> hours(m.figures().authorised())).setHeader(getTranslation("absence.grid.authorised"))
                .setKey("authorised");
        months.addColumn(m -> percent(m.figures().attendancePercent()))
                .setHeader(getTranslation("absence.grid.attendance")).setKey("attendance");
        months.addColumn(m -> percent(m.figures().unauthorisedPercent()))
                .setHeader(getTranslation("absence.grid.unauthorised-share")).setKey("unauthorisedShare");
        months.addColumn(this::flags).setHeader(getTranslation("absence.grid.flags")).setKey("flags")
                .setFlexGrow(2);
        months.setAllRowsVisible(true);
        // Flags and reasons are long: wrap them rather than cut them off with "…" (issue #13, item 12).
        months.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        months.setAriaLabel(getTranslation("absence.view.months"));
        months.addItemClickListener(e -> edit(e.getItem()));

        newMonth.setText(getTranslation("absence.view.new-month"));
        newMonth.addClickListener(e -> edit(null));
        save.setText(getTranslation("base.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("absence.form.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> delete());
        cancel.setText(getTranslation("absence.form.cancel"));
        cancel.addClickListener(e -> formSection.setVisible(false));
        formSection.setPadding(false);
        formSection.add(formTitle, form, new HorizontalLayout(save, delete, cancel));
        formSection.setVisible(false);
        VerticalLayout caseSection = getContent();
        caseSection.setPadding(false);
        caseSection.add(caseTitle, casePeriod, thresholds, months, newMonth, formSection);
    }

    /** Shows the case's months; null hides the panel. */
    void select(Long caseId) {
        if (caseId == null) {
            showCase(null);
            return;
        }
        try {
            showCase(absence.months(caseId));
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
            showCase(null);
        }
    }

    /** Reads the shown case's months again (after an import), if a case is shown. */
    void refresh() {
        if (shown != null) {
            select(shown.caseId());
        }
    }

    private void showCase(CaseAbsence c) {
        shown = c;
        formSection.setVisible(false);
        setVisible(c != null);
        if (c == null) {
            months.setItems(List.of());
            return;
        }
        caseTitle.setText(getTranslation("absence.view.case-title", c.caseCode()));
        casePeriod.setText(c.lastMonth() == null
                ? getTranslation("absence.view.case-period.open", c.firstMonth().toString())
                : getTranslation("absence.view.case-period", c.firstMonth().toString(), c.lastMonth().toString()));
        String list = c.thresholds().stream().map(t -> t + " %").collect(Collectors.joining(", "));
        thresholds.setText(getTranslation("absence.view.thresholds", list, c.projectThresholdPercent()));
        months.setItems(c.months());
        YearMonth last = lastSelectableMonth(c);
        form.setMonths(c.firstMonth(), last.isAfter(c.currentMonth()) ? c.currentMonth() : last);
    }

    /** The case's end month, or for an open case the end of its project (or three years on). */
    private YearMonth lastSelectableMonth(CaseAbsence c) {
        if (c.lastMonth() != null) {
            return c.lastMonth();
        }
        return projects.stream().filter(p -> p.id() == c.projectId()).findFirst()
                .map(p -> YearMonth.from(p.endDate())).filter(end -> !end.isBefore(c.firstMonth()))
                .orElse(c.firstMonth().plusYears(3));
    }

    /** Opens the form for a stored month, or for a new one when {@code item} is null. */
    void edit(AbsenceMonthItem item) {
        editing = item;
        formSection.setVisible(true);
        delete.setVisible(item != null);
        if (item == null) {
            formTitle.setText(getTranslation("absence.form.title.new"));
            form.setData(new AbsenceData(null, null, BigDecimal.ZERO, BigDecimal.ZERO));
        } else {
            formTitle.setText(getTranslation("absence.form.title.edit", item.figures().month().toString()));
            form.setData(item.data());
        }
        form.month.focus();
    }

    void save() {
        if (shown == null) {
            return;
        }
        try {
            AbsenceData data = form.getData();
            AbsenceMonthItem saved = editing == null ? absence.create(shown.caseId(), data)
                    : absence.update(editing.id(), data, editing.version());
            Notifications.success("absence.form.saved", saved.figures().month().toString());
            select(shown.caseId());
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void delete() {
        if (shown == null || editing == null) {
            return;
        }
        try {
            absence.delete(editing.id(), editing.version());
            Notifications.success("absence.form.deleted", editing.figures().month().toString());
            select(shown.caseId());
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private String flags(AbsenceMonthItem m) {
        List<ThresholdFlag> reached = m.flags().stream().filter(ThresholdFlag::reached).toList();
        if (m.figures().absencePercent() == null) {
            return getTranslation("absence.grid.no-teaching");
        }
        if (reached.isEmpty()) {
            return getTranslation("absence.flag.none", m.flags().getFirst().percent());
        }
        return reached.stream().map(f -> getTranslation(f.projectThreshold() ? "absence.flag.reached-project"
                : "absence.flag.reached", f.percent())).collect(Collectors.joining(", "));
    }

    private String hours(BigDecimal value) {
        return AbsenceView.hours(value, getLocale());
    }

    private String percent(BigDecimal value) {
        return value == null ? getTranslation("absence.grid.no-teaching") : hours(value) + " %";
    }
}

package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;

/**
 * Monthly absence: choose a case (project, school, case, or type its code), see its months with attendance
 * and threshold flags, add or change a month ({@link AbsenceMonthsPanel}); or read a CSV file, check the preview
 * row by row and import ({@link AbsenceImportPanel}).
 */
@Route(value = "absence", layout = MainLayout.class)
@Menu(title = "absence.menu", order = 30)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.SCHOOL_REPORTER})
class AbsenceView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_CASES_IN_LIST = 500;
    private final CaseService cases;
    private final List<ProjectListItem> projects;

    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final ComboBox<CaseDetails> caseChoice = new ComboBox<>();
    final TextField code = new TextField();
    final Button showCode = new Button();

    /** Manual entry: the chosen case's months and the month form. */
    final AbsenceMonthsPanel entry;
    /** CSV import with its preview. */
    final AbsenceImportPanel csvImport;

    public AbsenceView(AbsenceService absence, CaseService cases, ReferenceDataService reference) {
        this.cases = cases;
        this.projects = reference.projects();
        setWidthFull();
        add(new H2(getTranslation("absence.view.title")), new Paragraph(getTranslation("absence.view.intro")));
        entry = new AbsenceMonthsPanel(absence, projects);
        csvImport = new AbsenceImportPanel(absence, entry::refresh);
        add(chooser(), entry, csvImport);
        entry.select(null);
    }

    private HorizontalLayout chooser() {
        project.setLabel(getTranslation("absence.view.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectListItem::name);
        project.addValueChangeListener(e -> {
            school.clear();
            school.setItems(e.getValue() == null ? List.of() : e.getValue().schools());
            refreshCaseChoice();
        });
        school.setLabel(getTranslation("absence.view.school"));
        school.setItemLabelGenerator(SchoolItem::name);
        school.setClearButtonVisible(true);
        school.addValueChangeListener(e -> refreshCaseChoice());
        caseChoice.setLabel(getTranslation("absence.view.case"));
        caseChoice.setItemLabelGenerator(CaseDetails::caseCode);
        caseChoice.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                select(e.getValue() == null ? null : e.getValue().id());
            }
        });
        code.setLabel(getTranslation("absence.view.code"));
        code.setHelperText(getTranslation("absence.view.code.helper"));
        code.setClearButtonVisible(true);
        showCode.setText(getTranslation("absence.view.show-code"));
        showCode.addClickListener(e -> showByCode());
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> showByCode());
        HorizontalLayout row = new HorizontalLayout(project, school, caseChoice, code, showCode);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void refreshCaseChoice() {
        caseChoice.clear();
        if (project.getValue() == null) {
            caseChoice.setItems(List.of());
            return;
        }
        CaseFilter filter = new CaseFilter(project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id(), null, null);
        caseChoice.setItems(cases.list(filter, 0, MAX_CASES_IN_LIST));
    }

    private void showByCode() {
        code.setInvalid(false);
        try {
            CaseDetails found = cases.getByCode(code.getValue());
            select(found.id());
        } catch (BusinessException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
        }
    }

    /** Shows the case's months; null hides the manual entry. */
    void select(Long caseId) {
        entry.select(caseId);
    }

    /** One decimal in the user's locale ("84,4" in Swedish); empty for null. */
    static String hours(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absence.view.title");
    }
}

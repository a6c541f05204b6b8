package se.uppfoljning.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;
import se.uppfoljning.cases.ProjectData;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.SchoolItem;

/** The fields of a project as an administrator edits it; service errors land next to their field. */
public class ProjectForm extends Composite<FormLayout> {

    static final int DEFAULT_THRESHOLD = 20;
    static final int DEFAULT_RETENTION_MONTHS = 36;

    final TextField name = new TextField();
    final DatePicker startDate = new DateField();
    final DatePicker endDate = new DateField();
    final TextArea phases = new TextArea();
    final BigDecimalField budget = new BigDecimalField();
    final IntegerField threshold = new IntegerField();
    final IntegerField retentionMonths = new IntegerField();
    final MultiSelectComboBox<SchoolItem> schools = new MultiSelectComboBox<>();
    private final FieldErrors byField;

    public ProjectForm() {
        name.setLabel(getTranslation("cases.reference.project.name"));
        name.setMaxLength(ProjectData.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        startDate.setLabel(getTranslation("cases.field.start"));
        startDate.setRequiredIndicatorVisible(true);
        endDate.setLabel(getTranslation("cases.field.end"));
        endDate.setRequiredIndicatorVisible(true);
        phases.setLabel(getTranslation("cases.reference.project.phases"));
        phases.setHelperText(getTranslation("cases.reference.project.phases.helper"));
        phases.setMaxLength(ProjectData.PHASES_MAX_LENGTH);
        budget.setLabel(getTranslation("cases.reference.project.budget"));
        budget.setSuffixComponent(new Span("kr"));
        threshold.setLabel(getTranslation("cases.reference.project.threshold"));
        threshold.setMin(1);
        threshold.setMax(100);
        threshold.setSuffixComponent(new Span("%"));
        retentionMonths.setLabel(getTranslation("cases.reference.project.retention"));
        retentionMonths.setHelperText(getTranslation("cases.reference.project.retention.helper"));
        retentionMonths.setMin(1);
        retentionMonths.setMax(240);
        schools.setLabel(getTranslation("cases.reference.project.schools"));
        schools.setItemLabelGenerator(s -> s.name() + " (" + s.districtName() + ")");
        getContent().add(name, startDate, endDate, budget, threshold, retentionMonths, schools, phases);
        getContent().setColspan(schools, 2);
        getContent().setColspan(phases, 2);
        getContent().setMaxWidth("60em");
        byField = new FieldErrors(Map.of("name", name, "startDate", startDate, "endDate", endDate, "phases", phases,
                "budget", budget, "absenceThresholdPercent", threshold, "retentionMonths", retentionMonths,
                "schoolIds", schools));
    }

    void setSchoolChoices(List<SchoolItem> all) {
        schools.setItems(all);
    }

    void clear() {
        clearErrors();
        name.clear();
        startDate.clear();
        endDate.clear();
        phases.clear();
        budget.clear();
        threshold.setValue(DEFAULT_THRESHOLD);
        retentionMonths.setValue(DEFAULT_RETENTION_MONTHS);
        schools.clear();
    }

    void show(ProjectListItem p) {
        clearErrors();
        name.setValue(p.name());
        startDate.setValue(p.startDate());
        endDate.setValue(p.endDate());
        phases.setValue(p.phases() == null ? "" : p.phases());
        budget.setValue(p.budget());
        threshold.setValue(p.absenceThresholdPercent());
        retentionMonths.setValue(p.retentionMonths());
        Set<Long> ids = p.schools().stream().map(SchoolItem::id).collect(Collectors.toSet());
        schools.setValue(schools.getListDataView().getItems().filter(s -> ids.contains(s.id())).collect(Collectors.toSet()));
    }

    ProjectData getData() {
        clearErrors();
        return new ProjectData(name.getValue(), startDate.getValue(), endDate.getValue(),
                phases.getValue() == null || phases.getValue().isBlank() ? null : phases.getValue().strip(),
                budget.getValue(), threshold.getValue() == null ? 0 : threshold.getValue(),
                retentionMonths.getValue() == null ? 0 : retentionMonths.getValue(),
                schools.getValue().stream().map(SchoolItem::id).collect(Collectors.toSet()));
    }

    boolean showError(BusinessException e) {
        return byField.show(e);
    }

    private void clearErrors() {
        byField.clear();
    }
}

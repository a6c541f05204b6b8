package se.uppfoljning.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import se.uppfoljning.base.ui.Choices;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.DropoutReason;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.KnowledgeGoals;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.SchoolItem;

/** The fields of a case. Quick checks here; the service has the final say and its errors land on the field. */
public class CaseForm extends Composite<FormLayout> {

    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final IntegerField grade = new IntegerField();
    final Select<Gender> gender = new Select<>();
    final DatePicker startDate = new DateField();
    final DatePicker endDate = new DateField();
    final Select<CaseStatus> status = new Select<>();
    final Select<DropoutReason> dropoutReason = new Select<>();
    final Select<KnowledgeGoals> knowledgeGoals = new Select<>();
    final Checkbox eligibleUpperSecondary = new Checkbox();
    final BigDecimalField interventionCost = new BigDecimalField();
    private final FieldErrors byField;

    public CaseForm(List<ProjectListItem> projects) {
        project.setLabel(getTranslation("cases.field.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectListItem::name);
        project.setRequiredIndicatorVisible(true);
        project.addValueChangeListener(e -> {
            school.setItems(e.getValue() == null ? List.of() : e.getValue().schools());
            if (e.getValue() != null && school.getValue() != null
                    && e.getValue().schools().stream().noneMatch(s -> s.id() == school.getValue().id())) {
                school.clear();
            }
        });
        school.setLabel(getTranslation("cases.field.school"));
        school.setItemLabelGenerator(s -> s.name() + " (" + s.districtName() + ")");
        school.setRequiredIndicatorVisible(true);
        grade.setLabel(getTranslation("cases.field.grade"));
        grade.setMin(CaseData.MIN_GRADE);
        grade.setMax(CaseData.MAX_GRADE);
        grade.setStepButtonsVisible(true);
        grade.setRequiredIndicatorVisible(true);
        grade.setHelperText(getTranslation("cases.field.grade.helper", CaseData.MIN_GRADE, CaseData.MAX_GRADE));
        grade.addValueChangeListener(e -> eligibleUpperSecondary.setEnabled(Integer.valueOf(9).equals(e.getValue())));
        gender.setLabel(getTranslation("cases.field.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("cases.gender." + g.name()));
        startDate.setLabel(getTranslation("cases.field.start"));
        startDate.setRequiredIndicatorVisible(true);
        endDate.setLabel(getTranslation("cases.field.end"));
        status.setLabel(getTranslation("cases.field.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cases.status." + s.name()));
        status.addValueChangeListener(e -> dropoutReason.setEnabled(e.getValue() == CaseStatus.DROPPED_OUT));
        dropoutReason.setLabel(getTranslation("cases.field.dropout-reason"));
        dropoutReason.setItems(DropoutReason.values());
        dropoutReason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("cases.dropout." + r.name()));
        dropoutReason.setEmptySelectionAllowed(true);
        knowledgeGoals.setLabel(getTranslation("cases.field.knowledge-goals"));
        knowledgeGoals.setItems(KnowledgeGoals.values());
        knowledgeGoals.setItemLabelGenerator(k -> k == null ? "" : getTranslation("cases.goals." + k.name()));
        knowledgeGoals.setEmptySelectionAllowed(true);
        eligibleUpperSecondary.setLabel(getTranslation("cases.field.eligible"));
        interventionCost.setLabel(getTranslation("cases.field.cost"));
        interventionCost.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        getContent().add(project, school, grade, gender, startDate, endDate, status, dropoutReason, knowledgeGoals,
                interventionCost, eligibleUpperSecondary);
        getContent().setMaxWidth("60em");
        byField = new FieldErrors(Map.ofEntries(Map.entry("projectId", project), Map.entry("schoolId", school),
                Map.entry("grade", grade), Map.entry("gender", gender), Map.entry("startDate", startDate),
                Map.entry("endDate", endDate), Map.entry("status", status), Map.entry("dropoutReason", dropoutReason),
                Map.entry("interventionCost", interventionCost)));
    }

    public void setData(CaseData d) {
        Choices.selectOrOnly(project, p -> d.projectId() != null && p.id() == d.projectId(), d.projectId() == null);
        if (project.getValue() != null) {
            project.getValue().schools().stream().filter(s -> d.schoolId() != null && s.id() == d.schoolId())
                    .findFirst().ifPresent(school::setValue);
        }
        grade.setValue(d.grade());
        gender.setValue(d.gender());
        startDate.setValue(d.startDate());
        endDate.setValue(d.endDate());
        status.setValue(d.status());
        dropoutReason.setValue(d.dropoutReason());
        knowledgeGoals.setValue(d.knowledgeGoals());
        eligibleUpperSecondary.setValue(Boolean.TRUE.equals(d.eligibleUpperSecondary()));
        interventionCost.setValue(d.interventionCost());
        dropoutReason.setEnabled(d.status() == CaseStatus.DROPPED_OUT);
        eligibleUpperSecondary.setEnabled(Integer.valueOf(9).equals(d.grade()));
    }

    /** The entered values; a field the browser could not parse (e.g. "abc" as grade) is reported, not guessed. */
    public CaseData getData() {
        clearErrors();
        if (grade.isInvalid() && grade.getValue() == null && !grade.isEmpty()) {
            throw new BusinessException("grade", "cases.error.grade-range", CaseData.MIN_GRADE, CaseData.MAX_GRADE);
        }
        return new CaseData(project.getValue() == null ? null : project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id(), grade.getValue(), gender.getValue(),
                startDate.getValue(), endDate.getValue(), status.getValue(), dropoutReason.getValue(),
                knowledgeGoals.getValue(), Integer.valueOf(9).equals(grade.getValue()) ? eligibleUpperSecondary.getValue() : null,
                interventionCost.getValue());
    }

    /** Shows a service error next to its field; returns false if the error belongs to no field. */
    public boolean showError(BusinessException e) {
        return byField.show(e);
    }

    private void clearErrors() {
        byField.clear();
    }
}

package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.uppfoljning.base.ui.Choices;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.FieldErrors;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.focusgroups.GuideOption;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.SessionData;

/**
 * Project, place, date, guide, participant counts per role and consent. There is deliberately no field for
 * anyone's name. Service errors land next to the field they concern.
 */
public class SessionForm extends Composite<FormLayout> {

    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final ComboBox<SchoolItem> district = new ComboBox<>();
    final DatePicker heldOn = new DateField();
    final Select<GuideOption> guide = new Select<>();
    final Map<ParticipantRole, IntegerField> participants = new EnumMap<>(ParticipantRole.class);
    final Checkbox consent = new Checkbox();
    private final FieldErrors byField = new FieldErrors();

    public SessionForm(List<ProjectListItem> projects, List<GuideOption> guides) {
        project.setLabel(getTranslation("focusgroups.session.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectListItem::name);
        project.setRequiredIndicatorVisible(true);
        project.addValueChangeListener(e -> {
            List<SchoolItem> schools = e.getValue() == null ? List.of() : e.getValue().schools();
            school.setItems(schools);
            district.setItems(schools.stream().map(s -> new SchoolItem(s.districtId(), s.districtName(),
                    s.districtId(), s.districtName())).distinct().toList());
        });
        school.setLabel(getTranslation("focusgroups.session.school"));
        school.setItemLabelGenerator(s -> s.name() + " (" + s.districtName() + ")");
        school.setClearButtonVisible(true);
        school.setHelperText(getTranslation("focusgroups.session.place.helper"));
        school.addValueChangeListener(e -> district.setEnabled(e.getValue() == null && !school.isReadOnly()));
        district.setLabel(getTranslation("focusgroups.session.district"));
        district.setItemLabelGenerator(SchoolItem::name);
        district.setClearButtonVisible(true);
        heldOn.setLabel(getTranslation("focusgroups.session.date"));
        heldOn.setRequiredIndicatorVisible(true);
        guide.setLabel(getTranslation("focusgroups.session.guide"));
        guide.setEmptySelectionAllowed(true);
        guide.setEmptySelectionCaption(getTranslation("focusgroups.session.guide.none"));
        guide.setItems(guides);
        guide.setItemLabelGenerator(g -> g == null ? getTranslation("focusgroups.session.guide.none")
                : getTranslation("focusgroups.session.guide.option", g.title().in(getLocale().getLanguage()),
                        g.version()));
        guide.setHelperText(getTranslation(guides.isEmpty() ? "focusgroups.session.guide.missing"
                : "focusgroups.session.guide.helper"));
        guide.setEnabled(!guides.isEmpty());
        getContent().add(project, heldOn, school, district, guide);
        for (ParticipantRole role : ParticipantRole.values()) {
            IntegerField count = new IntegerField();
            count.setLabel(getTranslation("focusgroups.session.count", getTranslation("focusgroups.role." + role)));
            count.setMin(0);
            count.setMax(SessionData.MAX_PER_ROLE);
            count.setStepButtonsVisible(true);
            count.setValue(0);
            participants.put(role, count);
            byField.put("participants." + role, count);
            getContent().add(count);
        }
        consent.setLabel(getTranslation("focusgroups.session.consent"));
        getContent().add(consent);
        byField.putAll(Map.of("projectId", project, "schoolId", school, "districtId", district, "heldOn", heldOn,
                "guide", guide, "participants", participants.get(ParticipantRole.PARENT)));
    }

    public void setData(SessionData d, GuideOption currentGuide) {
        Choices.selectOrOnly(project, p -> Objects.equals(p.id(), d.projectId()), d.projectId() == null);
        school.getListDataView().getItems().filter(s -> d.schoolId() != null && s.id() == d.schoolId())
                .findFirst().ifPresentOrElse(school::setValue, school::clear);
        district.getListDataView().getItems().filter(s -> d.districtId() != null && s.id() == d.districtId())
                .findFirst().ifPresentOrElse(district::setValue, district::clear);
        heldOn.setValue(d.heldOn());
        if (currentGuide != null && guide.getListDataView().getItems().noneMatch(currentGuide::equals)) {
            guide.setItems(java.util.stream.Stream.concat(guide.getListDataView().getItems(),
                    java.util.stream.Stream.of(currentGuide)).toList());
        }
        guide.setValue(currentGuide);
        participants.forEach((role, field) -> field.setValue(d.participants().getOrDefault(role, 0)));
        consent.setValue(d.consentRecorded());
    }

    public SessionData getData() {
        clearErrors();
        Map<ParticipantRole, Integer> counts = new EnumMap<>(ParticipantRole.class);
        participants.forEach((role, field) -> {
            if (field.getValue() == null && !field.isEmpty()) {
                throw new BusinessException("participants." + role, "focusgroups.error.participant-count",
                        SessionData.MAX_PER_ROLE);
            }
            counts.put(role, field.getValue() == null ? 0 : field.getValue());
        });
        GuideOption g = guide.getValue();
        return new SessionData(project.getValue() == null ? null : project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id(),
                school.getValue() == null && district.getValue() != null ? district.getValue().id() : null,
                heldOn.getValue(), g == null ? null : g.templateId(), g == null ? null : g.version(), counts,
                consent.getValue());
    }

    /** Every field whose change should be saved at once (autosave). */
    List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> all = new java.util.ArrayList<>(List.of(school, district, heldOn, guide, consent));
        all.addAll(participants.values());
        return all;
    }

    void setReadOnly(boolean readOnly, boolean projectFixed) {
        project.setReadOnly(readOnly || projectFixed);
        fields().forEach(f -> f.setReadOnly(readOnly));
        district.setEnabled(school.getValue() == null);
    }

    /** Shows a service error next to its field; returns false if the error belongs to no field. */
    public boolean showError(BusinessException e) {
        return byField.show(e);
    }

    void clearErrors() {
        byField.clear();
    }
}

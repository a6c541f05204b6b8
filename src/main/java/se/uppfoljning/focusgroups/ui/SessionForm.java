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
import se.uppfoljning.focusgroups.SessionType;

/**
 * Kind of session (focus group or project interview, issue #16), project, occasion (for an interview: start, six
 * months or a later month), place (focus groups only: an interview covers the whole project), date, guide of the
 * session's kind, participant counts per role and consent. There is deliberately no field for anyone's name.
 * Service errors land next to the field they concern. The kind is chosen when the session is created.
 */
public class SessionForm extends Composite<FormLayout> {

    /** Occasions offered in the list; any other month can be typed. */
    static final List<Integer> OCCASIONS = List.of(0, 6, 12, 18, 24);
    final Select<SessionType> type = new Select<>();
    final ComboBox<Integer> occasion = new ComboBox<>();
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final ComboBox<SchoolItem> district = new ComboBox<>();
    final DatePicker heldOn = new DateField();
    final Select<GuideOption> guide = new Select<>();
    final Map<ParticipantRole, IntegerField> participants = new EnumMap<>(ParticipantRole.class);
    final Checkbox consent = new Checkbox();
    private final FieldErrors byField = new FieldErrors();
    private final Map<SessionType, List<GuideOption>> guidesByType;

    /** {@code guides}: the guides of each kind of session. */
    public SessionForm(List<ProjectListItem> projects, Map<SessionType, List<GuideOption>> guidesByType) {
        this.guidesByType = guidesByType;
        type.setLabel(getTranslation("focusgroups.session.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(t -> getTranslation("focusgroups.qda.type." + t));
        type.setValue(SessionType.FOCUS_GROUP);
        type.addValueChangeListener(e -> showType(e.getValue()));
        occasion.setLabel(getTranslation("focusgroups.session.occasion"));
        occasion.setItems(OCCASIONS);
        occasion.setItemLabelGenerator(this::occasionLabel);
        occasion.setAllowCustomValue(true);
        occasion.setHelperText(getTranslation("focusgroups.session.occasion.helper"));
        occasion.addCustomValueSetListener(e -> {
            Integer month = parseMonth(e.getDetail());
            if (month == null) {
                occasion.setErrorMessage(getTranslation("focusgroups.error.occasion", SessionData.MAX_OCCASION_MONTH));
                occasion.setInvalid(true);
                return;
            }
            if (!occasion.getListDataView().getItems().toList().contains(month)) {
                occasion.setItems(java.util.stream.Stream.concat(occasion.getListDataView().getItems(),
                        java.util.stream.Stream.of(month)).sorted().toList());
            }
            occasion.setValue(month);
        });
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
        guide.setItemLabelGenerator(g -> g == null ? getTranslation("focusgroups.session.guide.none")
                : getTranslation("focusgroups.session.guide.option", g.title().in(getLocale().getLanguage()),
                        g.version()));
        getContent().add(type, project, occasion, heldOn, school, district, guide);
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
                "guide", guide, "participants", participants.get(ParticipantRole.PARENT), "occasionMonth", occasion,
                "type", type));
        showType(SessionType.FOCUS_GROUP);
    }

    /** An interview has an occasion and no place; the guide list follows the kind of session. */
    private void showType(SessionType t) {
        boolean interview = t == SessionType.PROJECT_INTERVIEW;
        occasion.setVisible(interview);
        school.setVisible(!interview);
        district.setVisible(!interview);
        if (interview) {
            school.clear();
            district.clear();
            if (occasion.getValue() == null) {
                occasion.setValue(0);
            }
        } else {
            occasion.clear();
        }
        List<GuideOption> guides = guidesByType.getOrDefault(t, List.of());
        GuideOption current = guide.getValue();
        guide.setItems(guides);
        if (current != null && guides.contains(current)) {
            guide.setValue(current);
        }
        guide.setHelperText(getTranslation(guides.isEmpty() ? "focusgroups.session.guide.missing"
                : "focusgroups.session.guide.helper"));
        guide.setEnabled(!guides.isEmpty());
    }

    private String occasionLabel(Integer month) {
        return month == null ? "" : month == 0 ? getTranslation("focusgroups.session.occasion.start")
                : getTranslation("focusgroups.session.occasion.months", month);
    }

    /** A typed occasion: a whole number of months, 0 to {@value SessionData#MAX_OCCASION_MONTH}. */
    static Integer parseMonth(String text) {
        try {
            int month = Integer.parseInt(text.strip());
            return month >= 0 && month <= SessionData.MAX_OCCASION_MONTH ? month : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setData(SessionData d, GuideOption currentGuide) {
        type.setValue(d.type());
        showType(d.type());
        if (d.occasionMonth() != null && !occasion.getListDataView().getItems().toList().contains(d.occasionMonth())) {
            occasion.setItems(java.util.stream.Stream.concat(OCCASIONS.stream(),
                    java.util.stream.Stream.of(d.occasionMonth())).sorted().toList());
        }
        occasion.setValue(d.occasionMonth());
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
        boolean interview = type.getValue() == SessionType.PROJECT_INTERVIEW;
        return new SessionData(project.getValue() == null ? null : project.getValue().id(),
                interview || school.getValue() == null ? null : school.getValue().id(),
                !interview && school.getValue() == null && district.getValue() != null ? district.getValue().id()
                        : null,
                heldOn.getValue(), g == null ? null : g.templateId(), g == null ? null : g.version(), counts,
                consent.getValue(), type.getValue(), interview ? occasion.getValue() : null);
    }

    /** Every field whose change should be saved at once (autosave). */
    List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> all = new java.util.ArrayList<>(List.of(school, district, heldOn, guide, consent,
                occasion));
        all.addAll(participants.values());
        return all;
    }

    void setReadOnly(boolean readOnly, boolean projectFixed) {
        project.setReadOnly(readOnly || projectFixed);
        type.setReadOnly(readOnly || projectFixed);
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

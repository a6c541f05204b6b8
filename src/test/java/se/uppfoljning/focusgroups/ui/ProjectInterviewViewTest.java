package se.uppfoljning.focusgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.GuideOption;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionType;

/** Issue #16, item 3: a facilitator records a project interview at the start and after six months in the form. */
class ProjectInterviewViewTest extends KaribuTest {

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    ReferenceDataService reference;

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    private static FocusGroupSessionView open(long id) {
        UI.getCurrent().navigate(FocusGroupSessionView.class, id);
        return _get(FocusGroupSessionView.class);
    }

    /** Fills the new-session form for an interview at {@code occasion} (null: type the month) and creates it. */
    private SessionData recordInterview(Integer occasion, String typed, LocalDate day) {
        FocusGroupSessionView view = open(0);
        view.form.type.setValue(SessionType.PROJECT_INTERVIEW);
        assertThat(view.form.occasion.isVisible()).isTrue();
        assertThat(view.form.school.isVisible()).isFalse();
        assertThat(view.form.district.isVisible()).isFalse();
        view.form.project.setValue(south());
        if (occasion != null) {
            view.form.occasion.setValue(occasion);
        } else {
            ComboBoxKt._fireCustomValueSet(view.form.occasion, typed);
        }
        view.form.heldOn.setValue(day);
        GuideOption guide = view.form.guide.getListDataView().getItems()
                .filter(g -> g.templateId().equals("project-interview-guide")).findFirst().orElseThrow();
        view.form.guide.setValue(guide);
        view.form.participants.get(ParticipantRole.PROJECT_STAFF).setValue(2);
        view.form.consent.setValue(true);
        _click(view.create);

        FocusGroupSessionView created = _get(FocusGroupSessionView.class);
        assertThat(created.title.getText()).isEqualTo("Projektintervju " + DemoProperties.PROJECT_SOUTH + ", " + day);
        assertThat(created.form.type.isReadOnly()).isTrue();
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return focusGroups.get(id).data();
    }

    @Test
    void facilitatorRecordsAProjectInterviewAtTheStartAndAfterSixMonths() {
        login("samtalsledare");
        SessionData start = recordInterview(0, null, LocalDate.of(2026, 1, 20));
        assertThat(start.type()).isEqualTo(SessionType.PROJECT_INTERVIEW);
        assertThat(start.occasionMonth()).isZero();
        assertThat(start.schoolId()).isNull();
        assertThat(start.guideTemplateId()).isEqualTo("project-interview-guide");

        SessionData six = recordInterview(6, null, LocalDate.of(2026, 7, 20));
        assertThat(six.occasionMonth()).isEqualTo(6);
        FocusGroupSessionView view = _get(FocusGroupSessionView.class);
        assertThat(view.form.occasion.getValue()).isEqualTo(6);
        assertThat(view.form.occasion.getItemLabelGenerator().apply(6)).isEqualTo("Efter 6 månader");
        assertThat(view.form.occasion.getItemLabelGenerator().apply(0)).isEqualTo("Vid start");

        SessionData later = recordInterview(null, "9", LocalDate.of(2026, 10, 20));
        assertThat(later.occasionMonth()).isEqualTo(9);
    }

    @Test
    void aFocusGroupStillHasPlaceAndNoOccasionAndATypedOccasionMustBeAMonth() {
        login("samtalsledare");
        FocusGroupSessionView view = open(0);
        assertThat(view.form.type.getValue()).isEqualTo(SessionType.FOCUS_GROUP);
        assertThat(view.form.occasion.isVisible()).isFalse();
        assertThat(view.form.school.isVisible()).isTrue();
        assertThat(view.form.guide.getListDataView().getItems().map(GuideOption::templateId))
                .doesNotContain("project-interview-guide");
        view.form.type.setValue(SessionType.PROJECT_INTERVIEW);
        ComboBoxKt._fireCustomValueSet(view.form.occasion, "tre");
        assertThat(view.form.occasion.isInvalid()).isTrue();
    }
}

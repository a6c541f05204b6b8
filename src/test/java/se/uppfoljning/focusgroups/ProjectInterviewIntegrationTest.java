package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;

/** Issue #16, item 3: project interviews are focus-group sessions of their own type, per project and occasion. */
@IntegrationTest
class ProjectInterviewIntegrationTest {

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    CodebookService codebook;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    FocusGroupReportService reports;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private long south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().map(ProjectListItem::id).orElseThrow();
    }

    private GuideOption interviewGuide() {
        return focusGroups.guides(SessionType.PROJECT_INTERVIEW).stream()
                .filter(g -> g.templateId().equals("project-interview-guide")).findFirst().orElseThrow();
    }

    private SessionData interview(Long schoolId, Integer occasionMonth, GuideOption guide) {
        return new SessionData(south(), schoolId, null, LocalDate.of(2026, 3, 12), guide == null ? null : guide.templateId(),
                guide == null ? null : guide.version(),
                Map.of(ParticipantRole.PROJECT_STAFF, 2, ParticipantRole.SCHOOL_STAFF, 1), true,
                SessionType.PROJECT_INTERVIEW, occasionMonth);
    }

    @Test
    void interviewsAtStartAndSixMonthsHaveNotesPerThemeQuotesAndCodes() {
        TestLogin.login(users, "samtalsledare");
        GuideOption guide = interviewGuide();
        assertThat(focusGroups.guides(SessionType.FOCUS_GROUP)).extracting(GuideOption::templateId)
                .doesNotContain("project-interview-guide");
        SessionDetails start = focusGroups.create(interview(null, 0, guide));
        SessionDetails six = focusGroups.create(interview(null, 6, guide));
        assertThat(start.data().type()).isEqualTo(SessionType.PROJECT_INTERVIEW);
        assertThat(six.data().occasionMonth()).isEqualTo(6);
        assertThat(start.themes()).extracting(t -> t.theme().key()).contains("guide:pi-aims", "guide:pi-results");

        CodeItem code = codebook.create(south(), new CodeData("Arbetssätt " + start.id(), null));
        Saved note = focusGroups.saveNote(start.id(), null, new NoteData(Theme.guide("pi-working-methods",
                "Arbetssätt"), "Veckomöten med skolan.", Set.of(code.id())), start.version(), null);
        Saved quote = focusGroups.saveQuote(start.id(), null, new QuoteData(Theme.guide("pi-working-methods",
                "Arbetssätt"), "Vi hittade varandra först i oktober.", ParticipantRole.PROJECT_STAFF, true,
                Set.of(code.id())), note.sessionVersion(), null);
        SessionDetails loaded = focusGroups.get(start.id());
        assertThat(loaded.notes()).singleElement().extracting(NoteItem::text).isEqualTo("Veckomöten med skolan.");
        assertThat(loaded.quotes()).singleElement().satisfies(q -> assertThat(q.quotable()).isTrue());
        assertThat(focusGroups.finalise(start.id(), quote.sessionVersion()).isFinal()).isTrue();
    }

    @Test
    void anInterviewSavedByTwoPeopleAtOnceIsDetected() {
        TestLogin.login(users, "samtalsledare");
        SessionDetails s = focusGroups.create(interview(null, 0, interviewGuide()));
        focusGroups.saveNote(s.id(), null, new NoteData(Theme.typed("Mål"), "Först", Set.of()), s.version(), null);
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), null, new NoteData(Theme.typed("Mål"), "Sedan",
                Set.of()), s.version(), null)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anInterviewBelongsToTheWholeProjectAndNamesItsOccasionAndGuideKind() {
        TestLogin.login(users, "samtalsledare");
        long school = reference.projects().stream().filter(p -> p.id() == south()).findFirst().orElseThrow()
                .schools().getFirst().id();
        assertField("schoolId", () -> focusGroups.create(interview(school, 0, null)));
        assertField("occasionMonth", () -> focusGroups.create(interview(null, null, null)));
        assertField("occasionMonth", () -> focusGroups.create(interview(null, -1, null)));
        GuideOption focusGuide = focusGroups.guides(SessionType.FOCUS_GROUP).getFirst();
        assertField("guide", () -> focusGroups.create(interview(null, 0, focusGuide)));
        assertField("occasionMonth", () -> focusGroups.create(new SessionData(south(), null, null,
                LocalDate.of(2026, 3, 12), null, null, Map.of(), true, SessionType.FOCUS_GROUP, 6)));
    }

    private static void assertField(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    /**
     * The report reads each finalised interview's themes with their codes and note counts (never the notes' text),
     * with type and occasion, and keeps them out of the focus groups' themes (issue #16: the comparison section sets
     * the projects' interview themes side by side).
     */
    @Test
    void theReportGetsEachInterviewsThemesWithCodesApartFromTheFocusGroupThemes() {
        TestLogin.login(users, "samtalsledare");
        SessionDetails start = focusGroups.create(interview(null, 0, interviewGuide()));
        String title = "Samverkan " + start.id();
        CodeItem code = codebook.create(south(), new CodeData("Skolan " + start.id(), null));
        Saved one = focusGroups.saveNote(start.id(), null, new NoteData(Theme.typed(title),
                "Text som inte ska ut.", Set.of(code.id())), start.version(), null);
        Saved two = focusGroups.saveNote(start.id(), null, new NoteData(Theme.typed(title),
                "Mer text.", Set.of()), one.sessionVersion(), null);
        focusGroups.finalise(start.id(), two.sessionVersion());

        TestLogin.login(users, "utvarderare");
        FocusGroupReport report = reports.report(new FocusGroupReport.Filter(south(), null, null));
        assertThat(report.sessions()).anySatisfy(s -> {
            assertThat(s.sessionId()).isEqualTo(start.id());
            assertThat(s.type()).isEqualTo(SessionType.PROJECT_INTERVIEW);
            assertThat(s.occasionMonth()).isZero();
        });
        assertThat(report.interviewThemes()).filteredOn(t -> t.sessionId() == start.id()).singleElement()
                .satisfies(t -> {
                    assertThat(t.title()).isEqualTo(title);
                    assertThat(t.noteCount()).isEqualTo(2);
                    assertThat(t.codes()).containsExactly("Skolan " + start.id());
                });
        assertThat(report.themes()).extracting(FocusGroupReport.ThemeSummary::title).doesNotContain(title);
        assertThat(report.toString()).doesNotContain("Text som inte ska ut.");
    }
}

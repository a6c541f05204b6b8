package se.uppfoljning.focusgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.AmendmentChange;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.NoteData;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.Saved;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionDetails;
import se.uppfoljning.focusgroups.SessionStatus;
import se.uppfoljning.focusgroups.Theme;

class FocusGroupSessionViewTest extends KaribuTest {

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    ReferenceDataService reference;

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    private SessionDetails southSession() {
        ProjectListItem south = south();
        return focusGroups.create(new SessionData(south.id(), null, south.schools().getFirst().districtId(),
                LocalDate.of(2026, 4, 2), null, null, Map.of(ParticipantRole.SCHOOL_STAFF, 6), true));
    }

    private static FocusGroupSessionView open(long id) {
        UI.getCurrent().navigate(FocusGroupSessionView.class, id);
        return _get(FocusGroupSessionView.class);
    }

    @Test
    void facilitatorRecordsAFullSessionWithNotesQuotesAndCodesAndFinalisesIt() {
        login("samtalsledare");
        FocusGroupSessionView view = open(0);
        ProjectListItem south = south();
        view.form.project.setValue(south);
        view.form.school.setValue(south.schools().getFirst());
        view.form.heldOn.setValue(LocalDate.of(2026, 5, 20));
        view.form.participants.get(ParticipantRole.PARENT).setValue(5);
        view.form.participants.get(ParticipantRole.BUP).setValue(1);
        view.form.consent.setValue(true);
        _click(view.create);

        view = _get(FocusGroupSessionView.class);
        assertThat(view.status.getText()).isEqualTo("Utkast");
        view.newTheme.setValue("Samverkan med BUP");
        _click(view.addTheme);
        List<Button> addNoteButtons = _find(view.themesLayout, Button.class, spec -> spec.withText("Ny anteckning"));
        assertThat(addNoteButtons).hasSize(2);
        _click(addNoteButtons.getFirst());
        NoteEditor note = view.noteEditors.getFirst();
        note.text.setValue("Föräldrarna beskriver att BUP kom in sent.");
        assertThat(view.savedInfo.getText()).matches("Sparat \\d\\d:\\d\\d");
        ComponentUtil.fireEvent(note.codes, new ComboBoxBase.CustomValueSetEvent<>(note.codes, true, "Väntetid"));
        assertThat(note.codes.getValue()).extracting(c -> c.name()).containsExactly("Väntetid");

        _click(view.addQuote);
        QuoteEditor quote = view.quoteEditors.getFirst();
        quote.text.setValue("Vi fick vänta i ett halvår.");
        quote.role.setValue(ParticipantRole.PARENT);
        quote.theme.setValue(Theme.typed("Samverkan med BUP"));
        quote.quotable.setValue(true);
        quote.codes.setValue(Set.copyOf(note.codes.getValue()));

        _click(view.finalise);
        assertThat(view.status.getText()).isEqualTo("Slutförd");
        assertThat(view.noteEditors.getFirst().text.isReadOnly()).isTrue();
        assertThat(view.addQuote.isVisible()).isFalse();

        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replaceAll("\\D+", ""));
        SessionDetails stored = focusGroups.get(id);
        assertThat(stored.status()).isEqualTo(SessionStatus.FINAL);
        assertThat(stored.data().participantTotal()).isEqualTo(6);
        assertThat(stored.notes()).singleElement().satisfies(n -> {
            assertThat(n.theme().title()).isEqualTo("Samverkan med BUP");
            assertThat(n.codes()).extracting(c -> c.name()).containsExactly("Väntetid");
        });
        assertThat(stored.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerRole()).isEqualTo(ParticipantRole.PARENT);
            assertThat(q.quotable()).isTrue();
            assertThat(q.theme().key()).isEqualTo("typed:samverkan med bup");
            assertThat(q.codes()).hasSize(1);
        });
    }

    @Test
    void secondEditorsSaveIsRefusedWithAClearMessage() {
        login("samtalsledare");
        SessionDetails s = southSession();
        FocusGroupSessionView first = open(s.id());
        UI.getCurrent().navigate(FocusGroupListView.class);
        FocusGroupSessionView second = open(s.id());
        assertThat(second).isNotSameAs(first);

        first.newNote(Theme.OTHER).text.setValue("Första facilitatorns anteckning");
        assertThat(first.savedInfo.getText()).startsWith("Sparat");
        NotificationsKt.clearNotifications();
        NoteEditor secondNote = second.newNote(Theme.OTHER);
        secondNote.text.setValue("Andra facilitatorns anteckning");

        assertThat(second.savedInfo.getText()).startsWith("Inte sparat: någon annan har sparat sessionen");
        NotificationsKt.expectNotifications(
                "Någon annan har sparat ändringar under tiden. Ladda om sidan och gör om dina ändringar.");
        assertThat(secondNote.text.getValue()).isEqualTo("Andra facilitatorns anteckning");
        assertThat(focusGroups.get(s.id()).notes()).extracting(n -> n.text())
                .containsExactly("Första facilitatorns anteckning");
    }

    @Test
    void afterFinalisingAnEditWithoutReasonIsRefusedAndAnAmendmentIsLogged() {
        login("samtalsledare");
        SessionDetails s = southSession();
        Saved note = focusGroups.saveNote(s.id(), null, new NoteData(Theme.OTHER, "Före", Set.of()), s.version(),
                null);
        focusGroups.finalise(s.id(), note.sessionVersion());

        FocusGroupSessionView view = open(s.id());
        assertThat(view.noteEditors.getFirst().text.isReadOnly()).isTrue();
        assertThat(view.amendmentReason.isVisible()).isFalse();
        _click(view.amend);
        NoteEditor editor = view.noteEditors.getFirst();
        editor.text.setValue("Efter");
        assertThat(view.amendmentReason.isInvalid()).isTrue();
        assertThat(view.amendmentReason.getErrorMessage()).isEqualTo("Sessionen är slutförd. Ange skäl till ändringen.");
        assertThat(focusGroups.get(s.id()).notes().getFirst().text()).isEqualTo("Före");

        view.amendmentReason.setValue("Rättar en felhörning");
        editor.text.setValue("Efter rättelse");
        SessionDetails after = focusGroups.get(s.id());
        assertThat(after.notes().getFirst().text()).isEqualTo("Efter rättelse");
        assertThat(after.amendments()).singleElement().satisfies(a -> {
            assertThat(a.change()).isEqualTo(AmendmentChange.NOTE_UPDATED);
            assertThat(a.by()).isEqualTo("samtalsledare");
        });
        assertThat(_find(view.amendments, ListItem.class)).singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("samtalsledare", "Anteckning ändrad",
                        "Rättar en felhörning"));
    }

    @Test
    void staffOfAnotherProjectCannotOpenTheSession() {
        login("samtalsledare");
        SessionDetails s = southSession();
        login("samordnare.nv");
        UI.getCurrent().navigate(FocusGroupSessionView.class, s.id());
        _get(FocusGroupListView.class);
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text")).contains("Sessionen finns inte"));
    }

    @Test
    void chosenGuideGivesThemesWithTheGuidesQuestions() {
        login("samtalsledare");
        FocusGroupSessionView view = open(0);
        ProjectListItem south = south();
        view.form.project.setValue(south);
        view.form.district.setValue(view.form.district.getListDataView().getItems().findFirst().orElseThrow());
        view.form.guide.setValue(view.form.guide.getListDataView().getItems()
                .filter(g -> g.templateId().equals("focus-group-guide")).findFirst().orElseThrow());
        _click(view.create);

        view = _get(FocusGroupSessionView.class);
        List<String> themeTitles = _find(view.themesLayout, com.vaadin.flow.component.html.H3.class).stream()
                .map(h -> h.getText()).toList();
        assertThat(themeTitles.getFirst()).isEqualTo("Samverkan mellan skola, socialtjänst och BUP");
        assertThat(themeTitles.getLast()).isEqualTo("Övrigt");
        assertThat(_find(view.themesLayout, ListItem.class)).isNotEmpty();
    }

    @Test
    void choosingAGuideShowsItsThemesAtOnce() {
        login("samtalsledare");
        SessionDetails s = southSession();
        FocusGroupSessionView view = open(s.id());
        long before = view.themesLayout.getChildren().count();
        view.form.guide.setValue(view.form.guide.getListDataView().getItems()
                .filter(g -> g != null && g.templateId().equals("focus-group-guide")).findFirst().orElseThrow());
        assertThat(view.themesLayout.getChildren().count()).isGreaterThan(before);
        assertThat(focusGroups.get(s.id()).guide()).isNotNull();
    }

    @Test
    void aFacilitatorWithOneProjectFindsItChosen() {
        login("samtalsledare");
        FocusGroupSessionView view = open(0);
        assertThat(view.form.project.getValue()).isEqualTo(south());
    }
}

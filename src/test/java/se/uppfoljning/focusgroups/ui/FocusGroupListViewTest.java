package se.uppfoljning.focusgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.CodeData;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.NoteData;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionDetails;
import se.uppfoljning.focusgroups.Theme;

class FocusGroupListViewTest extends KaribuTest {

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    CodebookService codebook;
    @Autowired
    ReferenceDataService reference;

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    private SessionDetails southSession() {
        ProjectListItem south = south();
        return focusGroups.create(new SessionData(south.id(), null, null, LocalDate.of(2026, 6, 1), null, null,
                Map.of(ParticipantRole.PROJECT_STAFF, 3), true));
    }

    private static boolean gridHasId(com.vaadin.flow.component.grid.Grid<se.uppfoljning.focusgroups.SessionListItem> grid,
                                     long id) {
        return IntStream.range(0, GridKt._size(grid)).anyMatch(i -> GridKt._get(grid, i).id() == id);
    }

    @Test
    void listsSessionsInScopeOnly() {
        login("samtalsledare");
        SessionDetails s = southSession();
        FocusGroupListView view = navigate(FocusGroupListView.class);
        assertThat(gridHasId(view.grid, s.id())).isTrue();
        int row = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).id() == s.id())
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(view.grid, row, "place")).isEqualTo("Hela projektet");
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Utkast");

        login("samordnare.nv");
        FocusGroupListView other = navigate(FocusGroupListView.class);
        assertThat(gridHasId(other.grid, s.id())).isFalse();
    }

    @Test
    void codebookDialogMergesTheSelectedCodeIntoAnother() {
        login("samtalsledare");
        SessionDetails s = southSession();
        long project = s.data().projectId();
        CodeItem a = codebook.create(project, new CodeData("Skam " + s.id(), null));
        CodeItem b = codebook.create(project, new CodeData("Skuld " + s.id(), null));
        focusGroups.saveNote(s.id(), null, new NoteData(Theme.OTHER, "Text", Set.of(a.id())), s.version(), null);

        FocusGroupListView view = navigate(FocusGroupListView.class);
        view.project.setValue(south());
        _click(view.codebookButton);
        CodebookDialog dialog = _get(CodebookDialog.class);
        CodeItem rowA = dialog.grid.getListDataView().getItems().filter(c -> c.id() == a.id()).findFirst().orElseThrow();
        dialog.grid.select(rowA);
        dialog.mergeInto.setValue(dialog.mergeInto.getListDataView().getItems().filter(c -> c.id() == b.id())
                .findFirst().orElseThrow());
        _click(dialog.merge);

        assertThat(dialog.mergeInfo.getText()).isEqualTo("Skam " + s.id() + " är ihopslagen med Skuld " + s.id()
                + ". Anteckningar med den nya koden: 1. Citat med den nya koden: 0.");
        assertThat(dialog.grid.getListDataView().getItems().map(CodeItem::id)).doesNotContain(a.id());
        assertThat(focusGroups.get(s.id()).notes().getFirst().codes()).extracting(CodeItem::id)
                .containsExactly(b.id());
    }

    @Test
    void addingACodeConfirmsItAndLeavesTheFieldValid() {
        login("samtalsledare");
        SessionDetails s = southSession();
        FocusGroupListView view = navigate(FocusGroupListView.class);
        view.project.setValue(south());
        _click(view.codebookButton);
        CodebookDialog dialog = _get(CodebookDialog.class);
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        dialog.name.setValue("Tillit " + s.id());
        _click(dialog.add);
        assertThat(dialog.name.getValue()).isEmpty();
        assertThat(dialog.name.isInvalid()).isFalse();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Koden Tillit " + s.id() + " är tillagd i kodboken.");
        assertThat(dialog.grid.getListDataView().getItems().map(CodeItem::name)).contains("Tillit " + s.id());
    }
}

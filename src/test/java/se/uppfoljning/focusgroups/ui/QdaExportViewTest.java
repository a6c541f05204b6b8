package se.uppfoljning.focusgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.CodeData;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionDetails;

/** Issue #17, item 2: the buttons that take focus-group material to QDA tools and bring codebooks back. */
class QdaExportViewTest extends KaribuTest {

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

    @Test
    void evaluatorGetsADownloadOrIsToldTheSelectionIsEmpty() {
        login("samtalsledare");
        LocalDate day = LocalDate.of(2032, 2, 2);
        SessionDetails s = focusGroups.create(new SessionData(south().id(), null, null, day, null, null,
                Map.of(ParticipantRole.PARENT, 3), true));
        focusGroups.finalise(s.id(), s.version());

        login("utvarderare");
        QdaExportView view = navigate(QdaExportView.class);
        view.from.setValue(day);
        view.to.setValue(day);
        _click(view.exportProject);
        assertThat(view.status.getText()).startsWith("Filen fokusgrupper-").endsWith(".qdpx är klar att hämta.");
        assertThat(_get(view.downloads, Anchor.class).getText()).endsWith(".qdpx");

        view.from.setValue(LocalDate.of(1990, 1, 1));
        view.to.setValue(LocalDate.of(1990, 1, 2));
        _click(view.exportProject);
        assertThat(view.status.getText()).isEqualTo("Det finns inga slutförda fokusgrupper eller projektintervjuer "
                + "i urvalet. Ingen fil har skapats.");
        assertThat(view.downloads.getChildren()).isEmpty();
    }

    @Test
    void codebookDialogImportsAQdcFileAndListsConflicts() {
        login("samtalsledare");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        codebook.create(south().id(), new CodeData("Stöd " + tag, "Vår"));
        FocusGroupListView list = navigate(FocusGroupListView.class);
        list.project.setValue(south());
        _click(list.codebookButton);
        CodebookDialog dialog = _get(CodebookDialog.class);
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
                  <Codes>
                    <Code guid="%s" name="Stöd %s" isCodable="true"><Description>Deras</Description></Code>
                    <Code guid="%s" name="Ny %s" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """.formatted(UUID.randomUUID(), tag, UUID.randomUUID(), tag);
        UploadKt._upload(dialog.importQdc, "nvivo.qdc", "application/xml", file.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importInfo.getText())
                .isEqualTo("Kodboken är inläst: 1 ny kod, 0 fanns redan, 1 konflikt.");
        assertThat(dialog.importConflicts.getElement().getText()).isEmpty();
        assertThat(dialog.importConflicts.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("Stöd " + tag + " (rad 4) finns redan med en annan beskrivning. Kodboken har: Vår. "
                        + "Filen har: Deras.");
        assertThat(dialog.grid.getListDataView().getItems().map(c -> c.name())).contains("Ny " + tag);

        UploadKt._upload(dialog.importQdc, "trasig.qdc", "application/xml",
                "<CodeBook><Codes>".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.importInfo.getText()).startsWith("Filen trasig.qdc är inte en giltig REFI-QDA-kodbok (rad 1")
                .endsWith("Ingenting har ändrats.");

        _click(dialog.exportQdc);
        assertThat(_get(dialog.exportLink, Anchor.class).getText()).endsWith(".qdc");
    }
}

package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;

/** Issue #17, item 2: focus-group material leaves for QDA tools as REFI-QDA, and codebooks come back in. */
@IntegrationTest
class QdaExportIntegrationTest {

    /** A date no other test uses, so the export's selection holds only this test's sessions. */
    static final LocalDate HELD_ON = LocalDate.of(2031, 7, 15);

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    CodebookService codebook;
    @Autowired
    QdaExportService qda;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private long project(String name) {
        return reference.projects().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(ProjectListItem::id).orElseThrow();
    }

    private int exportsCreated(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_CREATED' AND actor = ?")
                .param(actor).query(Integer.class).single();
    }

    @Test
    void evaluatorExportsFinalisedNotesQuotableQuotesAndCodesWithoutNames() {
        TestLogin.login(users, "samtalsledare");
        long south = project(DemoProperties.PROJECT_SOUTH);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CodeItem code = codebook.create(south, new CodeData("QDA <&> " + tag, "Beskrivning \"" + tag + "\""));
        SessionDetails s = focusGroups.create(new SessionData(south, null, null, HELD_ON, null, null,
                Map.of(ParticipantRole.PROJECT_STAFF, 2), true, SessionType.PROJECT_INTERVIEW, 6));
        String note = "Föräldern sa \"tack\" & <inget mer> – شكرا للمدرسة " + tag;
        Saved n = focusGroups.saveNote(s.id(), null, new NoteData(Theme.typed("Samverkan"), note,
                Set.of(code.id())), s.version(), null);
        Saved q1 = focusGroups.saveQuote(s.id(), null, new QuoteData(Theme.typed("Samverkan"), "Får citeras " + tag,
                ParticipantRole.PROJECT_STAFF, true, Set.of(code.id())), n.sessionVersion(), null);
        Saved q2 = focusGroups.saveQuote(s.id(), null, new QuoteData(Theme.typed("Samverkan"), "Hemligt " + tag,
                ParticipantRole.PROJECT_STAFF, false, Set.of()), q1.sessionVersion(), null);
        focusGroups.finalise(s.id(), q2.sessionVersion());
        focusGroups.create(new SessionData(south, null, null, HELD_ON, null, null,
                Map.of(ParticipantRole.PROJECT_STAFF, 1), true, SessionType.PROJECT_INTERVIEW, 0));

        TestLogin.login(users, "utvarderare");
        int before = exportsCreated("utvarderare");
        QdaFile file = qda.project(new FocusGroupReport.Filter(south, HELD_ON, HELD_ON), Translations.SWEDISH);
        assertThat(file.fileName()).endsWith(".qdpx");
        assertThat(exportsCreated("utvarderare")).isEqualTo(before + 1);

        Map<String, byte[]> files = RefiQda.unzip(file.bytes());
        RefiQda.assertValid("Project.xsd", files.get("project.qde"));
        String all = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        assertThat(all).contains("Får citeras " + tag).doesNotContain("Hemligt " + tag)
                .doesNotContain("samtalsledare").doesNotContain("utvarderare");
        Document doc = RefiQda.dom(files.get("project.qde"));
        NodeList sources = doc.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "TextSource");
        assertThat(sources.getLength()).as("the draft is not exported").isEqualTo(1);
        Element source = (Element) sources.item(0);
        byte[] text = files.get("Sources/" + source.getAttribute("plainTextPath").substring("internal://".length()));
        Element first = (Element) source.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "PlainTextSelection").item(0);
        assertThat(RefiQda.cut(text, Integer.parseInt(first.getAttribute("startPosition")),
                Integer.parseInt(first.getAttribute("endPosition")))).isEqualTo(note);
        String codeGuid = ((Element) first.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "CodeRef").item(0))
                .getAttribute("targetGUID");
        NodeList codes = doc.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "Code");
        boolean found = false;
        for (int i = 0; i < codes.getLength(); i++) {
            Element c = (Element) codes.item(i);
            found |= c.getAttribute("guid").equals(codeGuid) && c.getAttribute("name").equals(code.name());
        }
        assertThat(found).as("the note's code is in the codebook by its GUID").isTrue();

        qda.downloaded(file);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT_DOWNLOADED' AND target = ?")
                .param("export:" + file.fileName()).query(Integer.class).single()).isPositive();
    }

    @Test
    void anEmptySelectionSaysSoInsteadOfMakingAFile() {
        TestLogin.login(users, "utvarderare");
        LocalDate longAgo = LocalDate.of(1990, 1, 1);
        assertThatThrownBy(() -> qda.project(new FocusGroupReport.Filter(null, longAgo, longAgo),
                Translations.SWEDISH)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("focusgroups.qda.error.no-data"));
    }

    @Test
    void onlyEvaluatorsAndAdministratorsExportTheMaterial() {
        TestLogin.login(users, "admin-demo");
        long northwest = project(DemoProperties.PROJECT_NORTHWEST);
        TestLogin.login(users, "samtalsledare");
        assertThatThrownBy(() -> qda.project(new FocusGroupReport.Filter(null, null, null), Translations.SWEDISH))
                .isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> qda.project(new FocusGroupReport.Filter(null, null, null), Translations.SWEDISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> qda.codebook(northwest))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("focusgroups.error.project-unknown"));
    }

    @Test
    void codebookExportedAndImportedIntoAnotherProjectIsTheSameCodebook() {
        TestLogin.login(users, "admin-demo");
        long south = project(DemoProperties.PROJECT_SOUTH);
        long northwest = project(DemoProperties.PROJECT_NORTHWEST);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // a hierarchy can only come in through a file: build one with a parent, a child and a grandchild
        byte[] seed = new RefiQdaWriter(Translations.SWEDISH).codebook(List.of(new RefiQdaWriter.QdaCode(
                UUID.randomUUID().toString(), "Tema " + tag, "Överordnad & <kod>", List.of(
                new RefiQdaWriter.QdaCode(UUID.randomUUID().toString(), "Del " + tag, null, List.of(
                        new RefiQdaWriter.QdaCode(UUID.randomUUID().toString(), "Detalj " + tag, "عربي", List.of())))))));
        assertThat(codebook.importQdc(south, "seed.qdc", seed).added()).hasSize(3);

        QdaFile exported = qda.codebook(south);
        RefiQda.assertValid("Codebook.xsd", exported.bytes());
        CodebookImport result = codebook.importQdc(northwest, exported.fileName(), exported.bytes());
        assertThat(result.conflicts()).isEmpty();
        assertThat(tree(qda.codebook(northwest).bytes())).containsAllEntriesOf(tree(exported.bytes()));
        assertThat(tree(qda.codebook(northwest).bytes())).containsEntry("Detalj " + tag, "Del " + tag + " | عربي");

        CodebookImport again = codebook.importQdc(northwest, exported.fileName(), exported.bytes());
        assertThat(again.added()).isEmpty();
        assertThat(again.conflicts()).isEmpty();
        assertThat(again.unchanged()).hasSize(QdcReader.read("x.qdc", exported.bytes()).size());
    }

    @Test
    void conflictsAreReportedAndLeaveTheProjectsCodesAsTheyWere() {
        TestLogin.login(users, "samtalsledare");
        long south = project(DemoProperties.PROJECT_SOUTH);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        codebook.create(south, new CodeData("Tillit " + tag, "Vår beskrivning"));
        codebook.create(south, new CodeData("Roll " + tag, null));
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
                  <Codes>
                    <Code guid="%s" name="tillit  %s" isCodable="true">
                      <Description>Deras beskrivning</Description>
                    </Code>
                    <Code guid="%s" name="Ny %s" isCodable="true">
                      <Code guid="%s" name="Roll %s" isCodable="true"/>
                    </Code>
                    <Code guid="%s" name="NY %s" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """.formatted(UUID.randomUUID(), tag, UUID.randomUUID(), tag, UUID.randomUUID(), tag,
                UUID.randomUUID(), tag);
        CodebookImport result = codebook.importQdc(south, "nvivo.qdc", file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.added()).containsExactly("Ny " + tag);
        assertThat(result.conflicts()).extracting(CodebookImport.Conflict::kind, CodebookImport.Conflict::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CodebookImport.ConflictKind.DESCRIPTION_DIFFERS, 4),
                        org.assertj.core.groups.Tuple.tuple(CodebookImport.ConflictKind.PARENT_DIFFERS, 8),
                        org.assertj.core.groups.Tuple.tuple(CodebookImport.ConflictKind.DUPLICATE_IN_FILE, 10));
        assertThat(result.conflicts().getFirst().ours()).isEqualTo("Vår beskrivning");
        assertThat(result.conflicts().getFirst().theirs()).isEqualTo("Deras beskrivning");
        assertThat(codebook.codes(south)).filteredOn(c -> c.name().equals("Tillit " + tag)).singleElement()
                .extracting(CodeItem::description).isEqualTo("Vår beskrivning");
    }

    @Test
    void anInvalidFileIsRefusedWithTheReasonAndChangesNothing() {
        TestLogin.login(users, "samtalsledare");
        long south = project(DemoProperties.PROJECT_SOUTH);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<CodeItem> before = codebook.codes(south);
        // the first code is fine; the second breaks the schema (isCodable missing) on line 5
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
                  <Codes>
                    <Code guid="%s" name="Giltig %s" isCodable="true"/>
                    <Code guid="%s" name="Ogiltig %s"/>
                  </Codes>
                </CodeBook>
                """.formatted(UUID.randomUUID(), tag, UUID.randomUUID(), tag);
        assertThatThrownBy(() -> codebook.importQdc(south, "trasig.qdc", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("focusgroups.qda.error.invalid");
                    assertThat(e.args()).startsWith("trasig.qdc", 5);
                    assertThat((String) e.args()[3]).contains("isCodable");
                });
        assertThat(codebook.codes(south)).isEqualTo(before);
        assertThatThrownBy(() -> codebook.importQdc(south, "tom.qdc", new byte[0]))
                .isInstanceOf(BusinessException.class);
        assertThat(codebook.codes(south)).isEqualTo(before);
    }

    /** name → "parent name | description" of every code in a .qdc, read back with the importer's own reader. */
    private static Map<String, String> tree(byte[] qdc) {
        List<QdcReader.FileCode> codes = QdcReader.read("x.qdc", qdc);
        return codes.stream().collect(Collectors.toMap(QdcReader.FileCode::name, c ->
                (c.parent() < 0 ? "" : codes.get(c.parent()).name()) + " | "
                        + (c.description() == null ? "" : c.description())));
    }
}

package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaCode;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaCodebook;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaSegment;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaSession;

/** Issue #17, item 2: the REFI-QDA files we write validate against the standard's schemas and keep every text. */
class RefiQdaWriterTest {

    static final String TRICKY = "Han sa \"nej\" & <b>'inte nu'</b> – قال الوالد إن المدرسة تساعد\r\nRad två 😀 \u0001slut";
    static final String TRICKY_CLEAN = "Han sa \"nej\" & <b>'inte nu'</b> – قال الوالد إن المدرسة تساعد\nRad två 😀 slut";
    final String parent = UUID.randomUUID().toString();
    final String child = UUID.randomUUID().toString();
    final List<QdaCode> codes = List.of(new QdaCode(parent, "Samverkan <&> \"skola\"", "Beskrivning & <mer> عربي",
            List.of(new QdaCode(child, "Möten", null, List.of()))));

    private byte[] project(Locale language) {
        QdaSession session = new QdaSession(SessionType.PROJECT_INTERVIEW, "Söder & <Nord>", LocalDate.of(2026, 3, 12),
                6, "Hela projektet", Map.of(ParticipantRole.PROJECT_STAFF, 2, ParticipantRole.PARENT, 1),
                Instant.parse("2026-03-12T10:15:30.123456Z"), Instant.parse("2026-03-13T08:00:00Z"), List.of(
                new QdaSegment(Theme.typed("Mål & <syfte>"), TRICKY, null, List.of(parent, child)),
                new QdaSegment(Theme.OTHER, "Kort anteckning", null, List.of()),
                new QdaSegment(Theme.typed("Mål & <syfte>"), "”Vi & de <andra>” sa hon: مرحبا", ParticipantRole.PARENT,
                        List.of(child))));
        return new RefiQdaWriter(language).project("Export \"test\"", Instant.parse("2026-12-01T03:00:00Z"),
                List.of(new QdaCodebook("Söder & <Nord>", codes)), List.of(session));
    }

    @Test
    void codebookValidatesAgainstTheStandardsSchemaAndKeepsEscapedTexts() {
        byte[] qdc = new RefiQdaWriter(Translations.SWEDISH).codebook(codes);
        RefiQda.assertValid("Codebook.xsd", qdc);
        String xml = new String(qdc, StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns=\"urn:QDA-XML:codebook:1.0\"").contains("&lt;&amp;")
                .doesNotContain("<&>");
        Document doc = RefiQda.dom(qdc);
        Element top = (Element) doc.getElementsByTagNameNS(RefiQdaWriter.CODEBOOK_NS, "Code").item(0);
        assertThat(top.getAttribute("name")).isEqualTo("Samverkan <&> \"skola\"");
        assertThat(top.getAttribute("guid")).isEqualTo(parent);
        assertThat(top.getElementsByTagNameNS(RefiQdaWriter.CODEBOOK_NS, "Description").item(0).getTextContent())
                .isEqualTo("Beskrivning & <mer> عربي");
        assertThat(((Element) top.getElementsByTagNameNS(RefiQdaWriter.CODEBOOK_NS, "Code").item(0))
                .getAttribute("name")).isEqualTo("Möten");
    }

    @Test
    void projectValidatesAndEverySelectionCoversExactlyItsNoteOrQuote() {
        for (Locale language : List.of(Translations.SWEDISH, Translations.ENGLISH)) {
            Map<String, byte[]> files = RefiQda.unzip(project(language));
            byte[] qde = files.get("project.qde");
            RefiQda.assertValid("Project.xsd", qde);
            Document doc = RefiQda.dom(qde);
            NodeList sources = doc.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "TextSource");
            assertThat(sources.getLength()).isEqualTo(1);
            Element source = (Element) sources.item(0);
            String path = source.getAttribute("plainTextPath");
            assertThat(path).startsWith("internal://");
            byte[] text = files.get("Sources/" + path.substring("internal://".length()));
            assertThat(text).isNotNull();
            NodeList selections = source.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "PlainTextSelection");
            assertThat(selections.getLength()).isEqualTo(3);
            List<String> covered = new java.util.ArrayList<>();
            for (int i = 0; i < selections.getLength(); i++) {
                Element s = (Element) selections.item(i);
                covered.add(RefiQda.cut(text, Integer.parseInt(s.getAttribute("startPosition")),
                        Integer.parseInt(s.getAttribute("endPosition"))));
            }
            assertThat(covered).containsExactly(TRICKY_CLEAN, "”Vi & de <andra>” sa hon: مرحبا", "Kort anteckning");
            Element first = (Element) selections.item(0);
            assertThat(first.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "CodeRef")).satisfies(refs -> {
                assertThat(refs.getLength()).isEqualTo(2);
                assertThat(((Element) refs.item(0)).getAttribute("targetGUID")).isEqualTo(parent);
            });
            assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("Export \"test\"");
            assertThat(doc.getElementsByTagNameNS(RefiQdaWriter.PROJECT_NS, "User").getLength()).isZero();
        }
    }

    @Test
    void sourceHeadingAndVariablesFollowTheLanguage() {
        Map<String, byte[]> sv = RefiQda.unzip(project(Translations.SWEDISH));
        Map<String, byte[]> en = RefiQda.unzip(project(Translations.ENGLISH));
        String svText = sv.entrySet().stream().filter(e -> e.getKey().startsWith("Sources/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        String enText = en.entrySet().stream().filter(e -> e.getKey().startsWith("Sources/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(svText).startsWith("Projektintervju, Söder & <Nord>, 2026-03-12, tillfälle: 6 månader efter start")
                .contains("Vårdnadshavare 1").contains("Tema: Mål & <syfte>").contains("Tema: Övrigt");
        assertThat(enText).startsWith("Project interview, Söder & <Nord>, 2026-03-12, occasion: 6 months after")
                .contains("Theme: Other");
        assertThat(new String(en.get("project.qde"), StandardCharsets.UTF_8)).contains("Kind of session");
    }

    @Test
    void readerRefusesWhatTheStandardsSchemaRefusesWithLineAndReason() {
        String wrongElement = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
                  <Codes>
                    <Code guid="not-a-guid" name="A" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """;
        assertInvalid(wrongElement, 4, "not-a-guid");
        String notWellFormed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
                  <Codes>
                    <Code guid="%s" name="A & B" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """.formatted(UUID.randomUUID());
        assertInvalid(notWellFormed, 4, "");
        String otherNamespace = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:project:1.0"><Codes/></CodeBook>
                """;
        assertInvalid(otherNamespace, 2, "CodeBook");
        String entity = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                <Code guid="%s" name="&xxe;" isCodable="true"/></Codes></CodeBook>
                """.formatted(UUID.randomUUID());
        assertInvalid(entity, 2, "DOCTYPE");
        String longName = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                <Code guid="%s" name="%s" isCodable="true"/></Codes></CodeBook>
                """.formatted(UUID.randomUUID(), "x".repeat(CodeData.NAME_MAX_LENGTH + 1));
        assertInvalid(longName, 3, "80");
    }

    @Test
    void readerReadsTheHierarchyInDocumentOrder() {
        byte[] qdc = new RefiQdaWriter(Translations.SWEDISH).codebook(codes);
        assertThat(QdcReader.read("kodbok.qdc", qdc)).containsExactly(
                new QdcReader.FileCode(parent, "Samverkan <&> \"skola\"", "Beskrivning & <mer> عربي", -1, 1),
                new QdcReader.FileCode(child, "Möten", null, 0, 1));
    }

    private static void assertInvalid(String xml, int line, String reasonContains) {
        assertThatThrownBy(() -> QdcReader.read("kodbok.qdc", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("focusgroups.qda.error.invalid");
                    assertThat(e.args()[0]).isEqualTo("kodbok.qdc");
                    assertThat(e.args()[1]).isEqualTo(line);
                    assertThat((String) e.args()[3]).contains(reasonContains);
                });
    }
}

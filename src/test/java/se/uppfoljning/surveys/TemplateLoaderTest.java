package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

    static final Path EXAMPLES = Path.of("src/test/resources/template-examples");
    private final TemplateLoader loader = TemplateLoader.forFolder(ShippedTemplatesTest.FOLDER);

    @TempDir
    Path tmp;

    @Test
    void loadsTheMinimalTemplateWithFileNameAndHashOfItsBytes() throws IOException {
        Path file = EXAMPLES.resolve("minimal.yaml");
        SurveyTemplate t = loader.load(List.of(file)).templates().getFirst();
        assertThat(t.key()).isEqualTo("broken-example@1");
        assertThat(t.sourceFile()).isEqualTo("minimal.yaml");
        assertThat(t.contentHash()).isEqualTo(TemplateLoader.sha256(Files.readAllBytes(file))).matches("[0-9a-f]{64}");
        Question comment = t.question("comment").orElseThrow();
        assertThat(comment.maxLength()).isEqualTo(4000);
        assertThat(comment.analysisKey()).isNull();
        assertThat(comment.freeTextInReports()).isFalse();
        assertThat(comment.scale()).isNull();
    }

    @Test
    void warnsAboutMissingTranslationsButLoads() {
        TemplateLoader.Result result = loader.load(List.of(EXAMPLES.resolve("missing-english.yaml")));
        assertThat(result.templates()).hasSize(1);
        assertThat(result.warnings()).extracting(TemplateProblem::toString).containsExactly(
                EXAMPLES.resolve("missing-english.yaml") + ":6:39: /title/de: text in 'de', which is not listed in"
                        + " languages, will never be shown",
                EXAMPLES.resolve("missing-english.yaml") + ":18:15: /sections/0/questions/1/text: no 'en' text;"
                        + " Swedish will be shown instead");
        assertThat(result.templates().getFirst().question("comment").orElseThrow().text().in("en")).isEqualTo("Kommentar");
    }

    @Test
    void acceptsNumbersInShowIfAndAppliesTextDefaults() throws IOException {
        Path file = write("numbers.yaml", minimal()
                .replace("      - id: comment\n        type: long-text\n", """
                              - id: comment
                                type: short-text
                                show-if: {question: contact, any-of: [4, 5, dont-know]}
                        """)
                .replace("scale: {points: 5}", "scale: {points: 5, dont-know: true}"));
        Question comment = loader.load(List.of(file)).templates().getFirst().question("comment").orElseThrow();
        assertThat(comment.showIf().anyOf()).containsExactly("4", "5", "dont-know");
        assertThat(comment.maxLength()).isEqualTo(200);
    }

    @Test
    void dontKnowIsAValueAShowIfMayOnlyUseWhenTheScaleOffersIt() throws IOException {
        Path file = write("dont-know.yaml", minimal().replace("      - id: comment\n        type: long-text\n", """
                      - id: comment
                        type: long-text
                        show-if: {question: contact, any-of: [dont-know]}
                """));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(file)));
        assertThat(e.problems()).extracting(TemplateProblem::reason)
                .containsExactly("'dont-know' is not an answer 'contact' can have (possible: 1, 2, 3, 4, 5)");
    }

    @Test
    void listsEveryRuleBrokenInOneFile() throws IOException {
        Path file = write("many.yaml", minimal()
                .replace("languages: [sv, en]", "languages: [en, sv]")
                .replace("        analysis-key: contact\n", "")
                .replace("type: long-text", "type: long-text\n        min: 3"));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(file)));
        assertThat(e.problems()).extracting(TemplateProblem::reason).containsExactly(
                "must start with sv: Swedish is required in every text and is shown when a translation is missing",
                "a likert question needs an analysis-key (it pairs answers across template versions and between"
                        + " START and END)",
                "'min' does not apply to a long-text question");
    }

    @Test
    void refusesAMissingFolderAndAnEmptyFolder() throws IOException {
        Path missing = tmp.resolve("nope");
        assertThat(catchThrowableOfType(TemplateLoadException.class, () -> loader.loadFolder(missing)).getMessage())
                .contains(missing + ": template folder not found").contains("uppfoljning.surveys.template-dir");
        Files.writeString(tmp.resolve("README.md"), "# not a template");
        assertThat(catchThrowableOfType(TemplateLoadException.class, () -> loader.loadFolder(tmp)).getMessage())
                .contains(tmp + ": no template files (*.yaml) in the folder");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = write("empty.yaml", "# nothing here\n");
        assertThat(catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(file))).problems())
                .extracting(TemplateProblem::toString).containsExactly(file + ": the file is empty");
    }

    @Test
    void failsClearlyWithoutTheSchema() {
        Path schema = tmp.resolve("template.schema.json");
        assertThat(catchThrowableOfType(TemplateLoadException.class, () -> new TemplateLoader(schema)).getMessage())
                .contains(schema + ": cannot read the template JSON Schema");
    }

    @Test
    void writesSchemaMessagesInEnglishOnASwedishServer() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("sv-SE"));
            TemplateLoader swedishServer = TemplateLoader.forFolder(ShippedTemplatesTest.FOLDER);
            Path file = BrokenTemplatesTest.DIR.resolve("bad-version.yaml");
            assertThat(catchThrowableOfType(TemplateLoadException.class, () -> swedishServer.load(List.of(file)))
                    .problems()).extracting(TemplateProblem::reason).containsExactly("must have a minimum value of 1");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void hashesTheSameTemplateWithWindowsLineEndingsOrAByteOrderMarkLikeTheOriginal() throws IOException {
        String lf = minimal();
        SurveyTemplate original = loader.load(List.of(write("lf.yaml", lf))).templates().getFirst();
        SurveyTemplate crlf = loader.load(List.of(write("crlf.yaml", lf.replace("\n", "\r\n")))).templates().getFirst();
        SurveyTemplate bom = loader.load(List.of(write("bom.yaml", "\uFEFF" + lf.replace("\n", "\r")))).templates()
                .getFirst();
        assertThat(crlf.contentHash()).isEqualTo(original.contentHash()).isEqualTo(bom.contentHash());
        assertThat(crlf.question("contact").orElseThrow().text().in("sv")).isEqualTo("Kontakten fungerar bra.");
    }

    @Test
    void refusesAYesNoQuestionUnderAKeyThatIsALikertQuestionInAnotherTemplate() throws IOException {
        Path start = write("start.yaml", minimal());
        Path end = write("end.yaml", minimal().replace("id: broken-example", "id: broken-example-end")
                .replace("type: likert", "type: yes-no").replace("        scale: {points: 5}\n", ""));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(start, end)));
        assertThat(e.problems()).singleElement().hasToString(end + ":14:23: /sections/0/questions/0/analysis-key:"
                + " analysis-key 'contact' is a yes-no question here, but a 5-point likert question (answers 1-5) in "
                + start + ":14:23; reports pair answers with the same key (START with END, one version with the"
                + " next), so they must be on the same scale: keep the earlier scale, or give this question a new"
                + " analysis-key");
        // another kind may use the same key for its own question
        Path rating = write("rating.yaml", minimal().replace("id: broken-example", "id: rating-example")
                .replace("kind: parent-enquiry", "kind: rating-form").replace("scale: {points: 5}", "scale: {points: 4}"));
        assertThat(loader.load(List.of(start, rating)).templates()).hasSize(2);
    }

    @Test
    void refusesDeepFlowNestingInPlainWords() throws IOException {
        Path file = write("deep.yaml", minimal() + "extra: " + "[".repeat(1200) + "]".repeat(1200) + "\n");
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(file)));
        assertThat(e.problems()).singleElement().hasToString(file + ":20:47: the YAML is nested more than 40 levels"
                + " deep here (a template needs about 8); check the indentation");
    }

    private static String minimal() throws IOException {
        return Files.readString(EXAMPLES.resolve("minimal.yaml"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}

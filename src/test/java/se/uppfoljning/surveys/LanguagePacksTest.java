package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language packs ({@code <template>.<lang>.yaml}): checked against their template, merged, review status kept. */
class LanguagePacksTest {

    private static final String PACK = """
            template: broken-example
            language: so
            reviewed: false
            title: Tusaale
            sections:
              - id: main
                title: Qaybta ugu weyn
                questions:
                  - id: contact
                    text: Xiriirku si fiican ayuu u shaqeeyaa.
                  - id: comment
                    text: Faallo
            """;

    private final TemplateLoader loader = TemplateLoader.forFolder(ShippedTemplatesTest.FOLDER);

    @TempDir
    Path dir;

    @Test
    void shipsSixLanguagesForBothParentTemplatesWithTheirReviewStatus() {
        TemplateLoader.Result result = loader.loadFolder(ShippedTemplatesTest.FOLDER);
        for (String id : List.of("parent-enquiry-start", "parent-enquiry-end")) {
            SurveyTemplate t = result.templates().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(t.languages()).containsExactly("sv", "en", "ar", "fa", "so", "ti");
            assertThat(t.languageDetails()).filteredOn(TemplateLanguage::reviewed).extracting(TemplateLanguage::code)
                    .containsExactly("sv");
            assertThat(t.languageDetails()).filteredOn(l -> l.code().equals("ti")).singleElement()
                    .extracting(TemplateLanguage::sourceFile).isEqualTo(id + ".ti.yaml");
            for (Question q : t.questions()) {
                for (String language : t.languages()) {
                    assertThat(q.text().byLanguage()).as(id + " " + q.id() + " " + language).containsKey(language);
                    q.choices().forEach(c -> assertThat(c.label().byLanguage()).containsKey(language));
                    q.items().forEach(i -> assertThat(i.text().byLanguage()).containsKey(language));
                    if (q.scale() != null && !q.scale().minLabel().isEmpty()) {
                        assertThat(q.scale().minLabel().byLanguage()).as(q.id()).containsKey(language);
                        assertThat(q.scale().maxLabel().byLanguage()).as(q.id()).containsKey(language);
                    }
                }
            }
        }
        SurveyTemplate start = result.templates().stream().filter(x -> x.id().equals("parent-enquiry-start")).findFirst()
                .orElseThrow();
        assertThat(start.question("school-contact").orElseThrow().scale().maxLabel().in("fa")).isEqualTo("کاملاً درست است");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void parentsSeeOnlyReviewedLanguagesUnlessConfigured() throws IOException {
        template("reviewed-languages: [sv]\n");
        pack("so", PACK);
        pack("fa", PACK.replace("language: so", "language: fa").replace("reviewed: false", "reviewed: true"));
        SurveyTemplate t = loader.loadFolder(dir).templates().getFirst();
        assertThat(t.languages()).containsExactly("sv", "en", "fa", "so");
        assertThat(new TemplateCatalog(List.of(t)).parentLanguages(t)).containsExactly("sv", "fa");
        assertThat(new TemplateCatalog(List.of(t), Set.of("so")).parentLanguages(t)).containsExactly("sv", "fa", "so");
        assertThat(new TemplateCatalog(List.of(t), Set.of("*")).parentLanguages(t)).containsExactly("sv", "en", "fa", "so");
        assertThat(t.question("contact").orElseThrow().text().in("so")).isEqualTo("Xiriirku si fiican ayuu u shaqeeyaa.");
    }

    @Test
    void refusesAPackThatMissesATextHasAnExtraQuestionOrChangesTheScale() throws IOException {
        template("");
        Path so = pack("so", PACK.replace("      - id: comment\n        text: Faallo\n", """
                      - id: coment
                        text: Faallo
                """).replace("text: Xiriirku si fiican ayuu u shaqeeyaa.\n", """
                text: Xiriirku si fiican ayuu u shaqeeyaa.
                        help: "   "
                        scale: {points: 7}
                """));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.loadFolder(dir));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(
                so + ":11:15: /sections/0/questions/0/help: the template has no help here, so this text would never be"
                        + " shown",
                so + ":12:25: /sections/0/questions/0/scale/points: the scale has 7 points here, but 5 in the template;"
                        + " a translation cannot change the scale",
                so + ":9:7: /sections/0/questions: no Somali (so) texts for question 'comment' of the template",
                so + ":13:13: /sections/0/questions/1/id: question 'coment' is not in the template (misspelt id, or"
                        + " removed from the template)");
    }

    @Test
    void refusesChoicesInAnotherOrderOrNumberAndBlankTexts() throws IOException {
        Files.writeString(dir.resolve("choice.yaml"), """
                id: choice-example
                version: 1
                kind: parent-enquiry
                waves: [START]
                languages: [sv]
                title: {sv: Exempel}
                sections:
                  - id: main
                    title: {sv: Huvuddel}
                    questions:
                      - id: often
                        type: single-choice
                        analysis-key: often
                        text: {sv: Hur ofta?}
                        choices:
                          - {value: never, label: {sv: Aldrig}}
                          - {value: daily, label: {sv: Varje dag}}
                """);
        Path fa = Files.writeString(dir.resolve("choice.fa.yaml"), """
                template: choice-example
                language: fa
                reviewed: false
                title: "  "
                sections:
                  - id: main
                    title: بخش اصلی
                    questions:
                      - id: often
                        text: چند وقت یک‌بار؟
                        choices:
                          - {value: daily, label: هر روز}
                          - {value: never, label: هرگز}
                """);
        Path ti = Files.writeString(dir.resolve("choice.ti.yaml"), Files.readString(fa).replace("language: fa",
                "language: ti").replace("title: \"  \"", "title: ኣብነት").replace("      - {value: never, label: هرگز}\n", ""));
        copySchemas();
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.loadFolder(dir));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(
                fa + ":4:8: /title: the Persian (fa) text is empty or only spaces",
                fa + ":12:21: /sections/0/questions/0/choices/0/value: choice 1 is 'daily' here, but 'never' in the"
                        + " template; keep the template's values in its order",
                fa + ":13:21: /sections/0/questions/0/choices/1/value: choice 2 is 'never' here, but 'daily' in the"
                        + " template; keep the template's values in its order",
                ti + ":12:11: /sections/0/questions/0/choices: 1 choices here, but 2 in the template (never, daily);"
                        + " translate every choice, in the template's order");
    }

    @Test
    void refusesAPackWhoseLanguageIsAlreadyInTheTemplateOrDiffersFromItsFileName() throws IOException {
        template("");
        Path en = pack("en", PACK.replace("language: so", "language: en"));
        Path fa = pack("fa", PACK);
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.loadFolder(dir));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(
                en + ":2:11: /language: the English (en) texts are already written in minimal.yaml; keep each"
                        + " language in one place",
                fa + ":2:11: /language: the language is 'so', but the file name says 'fa'; name the file"
                        + " <template>.so.yaml or correct the language");
    }

    private void template(String extra) throws IOException {
        String minimal = Files.readString(TemplateLoaderTest.EXAMPLES.resolve("minimal.yaml"));
        Files.writeString(dir.resolve("minimal.yaml"), minimal.replace("title: {sv: Exempel", extra + "title: {sv: Exempel"));
        copySchemas();
    }

    private void copySchemas() throws IOException {
        for (String schema : List.of(TemplateLoader.SCHEMA_FILE_NAME, TemplateLoader.PACK_SCHEMA_FILE_NAME)) {
            if (!Files.exists(dir.resolve(schema))) {
                Files.copy(ShippedTemplatesTest.FOLDER.resolve(schema), dir.resolve(schema));
            }
        }
    }

    private Path pack(String language, String content) throws IOException {
        return Files.writeString(dir.resolve("minimal." + language + ".yaml"), content);
    }
}

package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in src/test/resources/broken-templates/ is a copy of template-examples/minimal.yaml with one
 * mistake. Loading it must fail with exactly the expected problem: file, line:column, JSON path and reason.
 */
class BrokenTemplatesTest {

    static final Path DIR = Path.of("src/test/resources/broken-templates");
    private final TemplateLoader loader = TemplateLoader.forFolder(ShippedTemplatesTest.FOLDER);

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("yaml-syntax-error.yaml", "4:9: YAML syntax error: mapping values are not allowed here"),
                Arguments.of("missing-id.yaml", "1:1: required property 'id' not found"),
                Arguments.of("bad-version.yaml", "2:10: /version: must have a minimum value of 1"),
                Arguments.of("unknown-kind.yaml", "3:7: /kind: does not have a value in the enumeration"
                        + " [\"parent-enquiry\", \"rating-form\", \"focus-group-guide\", \"project-interview-guide\","
                        + " \"pupil-enquiry\"]"),
                Arguments.of("unknown-question-type.yaml", "17:15: /sections/0/questions/1/type: does not have a value"
                        + " in the enumeration [\"likert\", \"single-choice\", \"multiple-choice\", \"yes-no\", \"number\","
                        + " \"short-text\", \"long-text\", \"matrix\", \"rating-0-10\", \"date\"]"),
                Arguments.of("duplicate-question-id.yaml", "16:13: /sections/0/questions/1/id: question id 'contact'"
                        + " is already used at line 11; question ids must be unique in the template"),
                Arguments.of("show-if-later-question.yaml", "16:29: /sections/0/questions/0/show-if/question: show-if"
                        + " refers to 'comment', which comes later in the template; it must refer to an earlier question"),
                Arguments.of("show-if-unknown-question.yaml", "19:29: /sections/0/questions/1/show-if/question:"
                        + " show-if refers to unknown question 'contakt'"),
                Arguments.of("show-if-impossible-value.yaml", "19:52: /sections/0/questions/1/show-if/any-of/1: '6'"
                        + " is not an answer 'contact' can have (possible: 1, 2, 3, 4, 5)"),
                Arguments.of("show-if-free-text.yaml", "23:29: /sections/0/questions/2/show-if/question: show-if"
                        + " cannot depend on 'comment', a long-text question; use a choice, yes-no, likert or"
                        + " rating-0-10 question"),
                Arguments.of("likert-three-points.yaml", "15:25: /sections/0/questions/0/scale/points: must have a"
                        + " minimum value of 4"),
                Arguments.of("number-min-above-max.yaml", "23:14: /sections/0/questions/2/min: min 40 is greater"
                        + " than max 0"),
                Arguments.of("missing-swedish-text.yaml", "18:15: /sections/0/questions/1/text: no Swedish text (sv);"
                        + " every text needs Swedish"),
                Arguments.of("languages-not-swedish-first.yaml", "5:12: /languages: must start with sv: Swedish is"
                        + " required in every text and is shown when a translation is missing"),
                Arguments.of("missing-analysis-key.yaml", "11:9: /sections/0/questions/0: a likert question needs an"
                        + " analysis-key (it pairs answers across template versions and between START and END)"),
                Arguments.of("duplicate-analysis-key.yaml", "29:27: /sections/0/questions/2/items/1/analysis-key:"
                        + " analysis-key 'contact' is already used by question 'contact' at line 13; analysis keys"
                        + " must be unique in the template"),
                Arguments.of("single-choice-one-option.yaml", "24:11: /sections/0/questions/2/choices: must have at"
                        + " least 2 items but found 1"),
                Arguments.of("duplicate-choice-value.yaml", "26:20: /sections/0/questions/2/choices/1/value: choice"
                        + " value 'daily' is used twice in this question"),
                Arguments.of("duplicate-yaml-key.yaml", "18:15: duplicate key \"type\""),
                Arguments.of("misspelt-property.yaml", "18:19: /sections/0/questions/1: unknown property 'requried'"
                        + " (misspelt, or not allowed here)"),
                Arguments.of("property-not-for-type.yaml", "16:21: /sections/0/questions/0/max-length: 'max-length'"
                        + " does not apply to a likert question"),
                Arguments.of("short-text-too-long.yaml", "18:21: /sections/0/questions/1/max-length: must have a"
                        + " maximum value of 1000"),
                Arguments.of("two-documents.yaml", "20:1: a second YAML document (---) in the file; write one"
                        + " template per file"),
                Arguments.of("blank-swedish-text.yaml", "19:20: /sections/0/questions/1/text/sv: the Swedish (sv)"
                        + " text is empty or only spaces; write the text, or remove the line"),
                Arguments.of("pupil-face-without-words.yaml", "18:13: /sections/0/questions/0/scale/labels: 4 labels,"
                        + " but the scale has 5 points; give one word per point, lowest first"),
                Arguments.of("pupil-matrix.yaml", "12:15: /sections/0/questions/0/type: a pupil-enquiry shows one"
                        + " question per screen and cannot show a number question; use likert, yes-no, single-choice,"
                        + " short-text or long-text"),
                Arguments.of("yaml-nested-too-deep.yaml", "56:81: the YAML is nested more than 40 levels deep here (a"
                        + " template needs about 8); check the indentation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void refusesBrokenTemplateWithItsLocationAndReason(String file, String expected) {
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(DIR.resolve(file))));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(DIR.resolve(file) + ":" + expected);
        assertThat(e.getMessage()).startsWith("1 problem in survey templates:\n  " + DIR.resolve(file) + ":" + expected);
    }

    @Test
    void refusesAnchorsAndAliasesInsteadOfReadingTheAliasAsText() {
        Path file = DIR.resolve("yaml-alias.yaml");
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(file)));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(
                file + ":14:15: YAML anchor &contact-text is not allowed; anchors and aliases make templates hard to review",
                file + ":18:15: YAML alias *contact-text is not allowed; write the content out in full");
    }

    @Test
    void refusesTheSameTemplateVersionInTwoFiles() {
        Path a = DIR.resolve("duplicate-version-a.yaml");
        Path b = DIR.resolve("duplicate-version-b.yaml");
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(a, b)));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(b + ":2:10: /version: template"
                + " broken-example version 1 is already defined in " + a + "; give each version its own number");
    }

    @Test
    void refusesAnAnalysisKeyWhoseScaleDiffersBetweenStartAndEndNamingBothPlaces() {
        Path start = DIR.resolve("analysis-key-scale-start.yaml");
        Path end = DIR.resolve("analysis-key-scale-end.yaml");
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(List.of(start, end)));
        assertThat(e.problems()).extracting(TemplateProblem::toString).containsExactly(end
                + ":14:23: /sections/0/questions/0/analysis-key: analysis-key 'contact' is a 7-point likert question"
                + " (answers 1-7) here, but a 5-point likert question (answers 1-5) in " + start + ":14:23; reports"
                + " pair answers with the same key (START with END, one version with the next), so they must be on"
                + " the same scale: keep the earlier scale, or give this question a new analysis-key");
    }

    @Test
    void everyBrokenFileHasAnExpectedMessage() throws IOException {
        Set<String> covered = brokenFiles().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(List.of("yaml-alias.yaml", "duplicate-version-a.yaml", "duplicate-version-b.yaml",
                "analysis-key-scale-start.yaml", "analysis-key-scale-end.yaml"));
        try (Stream<Path> files = Files.list(DIR)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).isEqualTo(covered);
        }
        assertThat(covered).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void reportsTheProblemsOfAllFilesInOneException() {
        List<Path> files = List.of(DIR.resolve("bad-version.yaml"), Path.of("src/test/resources/template-examples/minimal.yaml"),
                DIR.resolve("likert-three-points.yaml"), DIR.resolve("missing-id.yaml"));
        TemplateLoadException e = catchThrowableOfType(TemplateLoadException.class, () -> loader.load(files));
        assertThat(e.problems()).extracting(TemplateProblem::file).containsExactly(DIR.resolve("bad-version.yaml").toString(),
                DIR.resolve("likert-three-points.yaml").toString(), DIR.resolve("missing-id.yaml").toString());
        assertThat(e.getMessage()).startsWith("3 problems in survey templates:\n");
    }
}

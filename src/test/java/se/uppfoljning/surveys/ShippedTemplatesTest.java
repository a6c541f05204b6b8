package se.uppfoljning.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every file in the shipped survey-templates/ folder loads, without warnings, and keeps its promises. */
class ShippedTemplatesTest {

    static final Path FOLDER = Path.of("survey-templates");
    private static TemplateLoader.Result result;
    private static Map<String, SurveyTemplate> byId;

    @BeforeAll
    static void load() {
        result = TemplateLoader.forFolder(FOLDER).loadFolder(FOLDER);
        byId = result.templates().stream().collect(Collectors.toMap(SurveyTemplate::id, Function.identity()));
    }

    /** A shipped template by id, for other tests. */
    static SurveyTemplate shipped(String id) {
        return TemplateLoader.forFolder(FOLDER).loadFolder(FOLDER).templates().stream().filter(t -> t.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void loadsEveryShippedTemplateWithoutWarnings() {
        assertThat(byId).containsOnlyKeys("parent-enquiry-start", "parent-enquiry-end", "staff-rating-form",
                "focus-group-guide", "project-interview-guide", "pupil-enquiry");
        assertThat(result.warnings()).isEmpty();
        result.templates().forEach(t -> {
            assertThat(t.contentHash()).hasSize(64);
            assertThat(t.sourceFile()).isEqualTo(t.id() + ".yaml");
        });
    }

    @Test
    void parentEnquiriesAreCompleteInSwedishEnglishAndArabic() {
        for (String id : List.of("parent-enquiry-start", "parent-enquiry-end")) {
            SurveyTemplate t = byId.get(id);
            assertThat(t.kind()).isEqualTo(TemplateKind.PARENT_ENQUIRY);
            assertThat(t.languages()).containsExactly("sv", "en", "ar", "fa", "so", "ti");
            t.questions().forEach(q -> assertThat(q.text().byLanguage()).as(q.id()).containsKeys("sv", "en", "ar"));
        }
        assertThat(byId.get("parent-enquiry-start").waves()).containsExactly("START");
        assertThat(byId.get("parent-enquiry-end").waves()).containsExactly("END");
    }

    @Test
    void pupilEnquiryHasAWordForEveryFaceInSwedishEnglishAndArabic() {
        SurveyTemplate t = byId.get("pupil-enquiry");
        assertThat(t.kind()).isEqualTo(TemplateKind.PUPIL_ENQUIRY);
        assertThat(t.waves()).containsExactlyInAnyOrder("START", "END");
        assertThat(t.languages()).containsExactly("sv", "ar", "en");
        assertThat(t.questions()).allSatisfy(q -> {
            assertThat(q.text().byLanguage()).as(q.id()).containsKeys("sv", "en", "ar");
            assertThat(q.type().isFreeText()).as(q.id()).isFalse();
            if (q.type() == QuestionType.LIKERT) {
                assertThat(q.scale().labels()).as(q.id()).hasSize(q.scale().points())
                        .allSatisfy(l -> assertThat(l.byLanguage()).containsKeys("sv", "en", "ar"));
            }
        });
    }

    @Test
    void endEnquiryRepeatsTheStartKeysThatArePaired() {
        Set<String> start = analysisKeys(byId.get("parent-enquiry-start"));
        Set<String> end = analysisKeys(byId.get("parent-enquiry-end"));
        assertThat(end).contains("attendance-frequency", "school-contact-trust", "parent-confidence",
                "goal-attendance", "goal-wellbeing", "goal-everyday-life", "bup-contact", "social-services-contact");
        assertThat(start).contains("attendance-frequency", "school-contact-trust", "parent-confidence",
                "goal-attendance", "goal-wellbeing", "goal-everyday-life", "bup-contact", "social-services-contact");
        // a paired question must be asked the same way: same type and same answer values
        SurveyTemplate s = byId.get("parent-enquiry-start");
        SurveyTemplate e = byId.get("parent-enquiry-end");
        for (Question qs : s.questions()) {
            e.questions().stream().filter(qe -> qs.analysisKey() != null && qs.analysisKey().equals(qe.analysisKey()))
                    .forEach(qe -> {
                        assertThat(qe.type()).as(qe.id()).isEqualTo(qs.type());
                        assertThat(qe.choices()).as(qe.id()).isEqualTo(qs.choices());
                        assertThat(qe.scale()).as(qe.id()).isEqualTo(qs.scale());
                    });
        }
    }

    @Test
    void mapsTheFileFormatToTheRecords() {
        SurveyTemplate start = byId.get("parent-enquiry-start");
        Question contact = start.question("school-contact").orElseThrow();
        assertThat(contact.type()).isEqualTo(QuestionType.LIKERT);
        assertThat(contact.scale().min()).isEqualTo(1);
        assertThat(contact.scale().max()).isEqualTo(5);
        assertThat(contact.scale().dontKnow()).isTrue();
        assertThat(contact.required()).isTrue();
        assertThat(contact.maxLength()).isZero();

        Question goal = start.question("goal-attendance").orElseThrow();
        assertThat(goal.scale().min()).isZero();
        assertThat(goal.scale().max()).isEqualTo(10);
        assertThat(goal.scale().minLabel().in("en")).isEqualTo("Far from the goal");

        Question followUp = start.question("bup-contact-helpful").orElseThrow();
        assertThat(followUp.showIf()).isEqualTo(new ShowIf("bup-contact-last-year", List.of("yes")));
        assertThat(followUp.isVisible(Answers.empty())).isFalse();
        assertThat(followUp.isVisible(Answers.empty().with("bup-contact-last-year", List.of("yes")))).isTrue();

        Question hours = start.question("school-hours-per-week").orElseThrow();
        assertThat(hours.min()).isEqualByComparingTo("0");
        assertThat(hours.max()).isEqualByComparingTo("40");
        assertThat(hours.unit().in("sv")).isEqualTo("timmar");
        assertThat(hours.scale()).isNull();

        Question support = start.question("support-so-far").orElseThrow();
        assertThat(support.items()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(support.scale().points()).isEqualTo(5);

        Question comment = start.question("comment").orElseThrow();
        assertThat(comment.freeTextInReports()).isFalse();
        assertThat(comment.maxLength()).isEqualTo(2000);
        assertThat(byId.get("parent-enquiry-end").question("comment-quotable").orElseThrow().freeTextInReports()).isTrue();
        assertThat(byId.get("parent-enquiry-end").question("last-full-week").orElseThrow().type()).isEqualTo(QuestionType.DATE);
    }

    @Test
    void staffFormAndFocusGroupGuideHaveTheirKindsAndWaves() {
        SurveyTemplate staff = byId.get("staff-rating-form");
        assertThat(staff.kind()).isEqualTo(TemplateKind.RATING_FORM);
        assertThat(staff.waves()).containsExactlyInAnyOrder("START", "PERIODIC", "END");
        assertThat(analysisKeys(staff)).contains("staff-attendance", "staff-wellbeing", "staff-school-work",
                "staff-family-cooperation");
        SurveyTemplate guide = byId.get("focus-group-guide");
        assertThat(guide.kind()).isEqualTo(TemplateKind.FOCUS_GROUP_GUIDE);
        assertThat(guide.waves()).containsExactly("PERIODIC");
        assertThat(guide.sections()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(section -> {
            assertThat(section.questions().stream().filter(q -> q.type() == QuestionType.LONG_TEXT)).hasSizeBetween(2, 4);
            assertThat(section.questions().stream().filter(q -> q.type() == QuestionType.LIKERT)).hasSize(1);
            assertThat(section.intro().isEmpty()).isFalse();
        });
    }

    @Test
    void catalogFindsTheLatestTemplateForAKindAndWave() {
        TemplateCatalog catalog = new TemplateCatalog(result.templates());
        assertThat(catalog.latestFor(TemplateKind.PARENT_ENQUIRY, "START")).map(SurveyTemplate::id)
                .hasValue("parent-enquiry-start");
        assertThat(catalog.latestFor(TemplateKind.PARENT_ENQUIRY, "END")).map(SurveyTemplate::id)
                .hasValue("parent-enquiry-end");
        assertThat(catalog.latestFor(TemplateKind.RATING_FORM, "PERIODIC")).isPresent();
    }

    @Test
    void theCompleteExampleInTheReadmeIsAValidTemplate(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        String readme = java.nio.file.Files.readString(FOLDER.resolve("README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Path file = java.nio.file.Files.writeString(tmp.resolve("example.yaml"), example);
        TemplateLoader.Result loaded = TemplateLoader.forFolder(FOLDER).load(List.of(file));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.templates().getFirst().questions()).hasSize(3);
    }

    private static Set<String> analysisKeys(SurveyTemplate t) {
        return t.questions().stream().flatMap(q -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(q.analysisKey()), q.items().stream().map(MatrixItem::analysisKey)))
                .collect(Collectors.toSet());
    }
}

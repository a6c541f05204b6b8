package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.uppfoljning.base.pdf.PdfChecks;
import se.uppfoljning.enquiries.letters.QuestionnairePdf;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateLoader;

/** The printed questionnaire of both parent templates in every shipped language, read back with PDFBox and veraPDF. */
class QuestionnairePdfTest {

    private static final Path FOLDER = Path.of("survey-templates");
    private static List<SurveyTemplate> templates;

    @BeforeAll
    static void load() {
        templates = TemplateLoader.forFolder(FOLDER).loadFolder(FOLDER).templates().stream()
                .filter(t -> t.id().startsWith("parent-enquiry")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sv", "en", "ar", "fa", "so", "ti"})
    void everyQuestionAndOptionReadsBackInLogicalOrderWithEmbeddedFonts(String language) throws Exception {
        for (SurveyTemplate t : templates) {
            byte[] pdf = QuestionnairePdf.render(t, language, "K7QX-M4P2-HT9W");
            String text = PdfChecks.text(pdf, 1, Integer.MAX_VALUE);
            List<String> actual = PdfChecks.actualTexts(pdf);
            boolean rtl = language.equals("ar") || language.equals("fa");
            assertThat(PdfChecks.comparable(text)).contains("K7QX-M4P2-HT9W");
            List<String> sources = new java.util.ArrayList<>(List.of(t.title().in(language)));
            for (Question q : t.questions()) {
                sources.add(q.text().in(language));
                q.choices().forEach(c -> sources.add(c.label().in(language)));
                q.items().forEach(i -> sources.add(i.text().in(language)));
            }
            for (String source : sources) {
                assertThat(PdfChecks.containsLogically(text, source)).as(t.id() + ": " + source).isTrue();
                if (rtl) {
                    assertThat(actual).as("logical text of a right-to-left paragraph")
                            .anyMatch(a -> a.equals(source) || a.endsWith(". " + source));
                }
            }
            assertThat(PdfChecks.notEmbeddedFonts(pdf)).isEmpty();
            assertThat(PdfChecks.notdefGlyphs(pdf)).as(t.id() + " " + language).isEmpty();
        }
    }

    @Test
    void printedQuestionnairesPassPdfUa1() throws Exception {
        for (String language : List.of("sv", "ar", "ti")) {
            assertThat(PdfChecks.pdfUaFailures(QuestionnairePdf.render(templates.getFirst(), language, "K7QX-M4P2-HT9W")))
                    .as(language).isEmpty();
        }
    }
}

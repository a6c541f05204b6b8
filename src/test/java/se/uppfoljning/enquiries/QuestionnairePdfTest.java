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
            String text = PdfChecks.comparable(PdfChecks.text(pdf, 1, Integer.MAX_VALUE));
            assertThat(text).contains("K7QX-M4P2-HT9W", PdfChecks.comparable(t.title().in(language)));
            for (Question q : t.questions()) {
                assertThat(text).as(t.id() + " " + q.id()).contains(PdfChecks.comparable(q.text().in(language)));
                q.choices().forEach(c -> assertThat(text).contains(PdfChecks.comparable(c.label().in(language))));
                q.items().forEach(i -> assertThat(text).contains(PdfChecks.comparable(i.text().in(language))));
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

package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the written PDF back with PDFBox: texts, suppression marker, quotes, tagging, metadata, vector charts. */
class ReportPdfWriterTest {

    private static EvaluationReport swedish;
    private static byte[] swedishPdf;
    private static String swedishText;

    @BeforeAll
    static void write() throws IOException {
        swedish = new EvaluationReportBuilder().build(SmallInput.build(Locale.forLanguageTag("sv")));
        swedishPdf = new ReportPdfWriter().write(swedish);
        swedishText = text(swedishPdf);
    }

    @Test
    void containsEverySectionHeadingWithSwedishLetters() {
        for (EvaluationReport.Section s : swedish.sections()) {
            assertThat(swedishText).contains(s.heading());
        }
        assertThat(swedishText).contains("Räckvidd", "Föräldraenkäter", "Genomförande", "Skattningsformulär",
                "Jämförelse mellan projekt och skolor", "Utvärderingsrapport", "Betaskolan");
    }

    @Test
    void showsTheSuppressionMarkerWithItsFootnote() {
        assertThat(swedishText).contains("– = visas inte: färre än 5 fall");
        // Beta's 4 girls: the row reads "Betaskolan – 5 0 – 10" (girls, boys, other, not stated, total)
        assertThat(swedishText.lines().filter(l -> l.startsWith("Betaskolan")).toList())
                .anyMatch(l -> l.matches("Betaskolan – .*10"));
    }

    @Test
    void quotesOnlyQuotableTextsAndAllowedFreeText() {
        assertThat(swedishText).contains(SmallInput.QUOTABLE);
        assertThat(swedishText).doesNotContain("Pelle");
        assertThat(swedishText).doesNotContain(SmallInput.NOT_QUOTABLE);
        assertThat(swedishText).as("2 respondents: withheld (#12.3)").doesNotContain("verkligen");
        assertThat(swedishText).doesNotContain("Hemligt");
    }

    @Test
    void writesTheEnglishVariant() throws IOException {
        EvaluationReport english = new EvaluationReportBuilder().build(SmallInput.build(Locale.ENGLISH));
        byte[] pdf = new ReportPdfWriter().write(english);
        String text = text(pdf);
        assertThat(text).contains("Evaluation report", "Summary", "Method", "Reach", "Completion", "Attendance",
                "Outcomes", "Parent enquiries", "Rating forms", "Focus groups", "Comparison of projects and schools",
                "– = not shown: fewer than 5 cases", SmallInput.QUOTABLE);
        assertThat(text).doesNotContain("Pelle");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void isTaggedWithLanguageTitleAndFiguresWithAlternativeText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(swedishPdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Utvärderingsrapport");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all).extracting(PDStructureElement::getStructureType)
                    .contains("Document", "H1", "H2", "P", "Table", "Figure", "L", "BlockQuote");
            List<String> alts = all.stream().filter(e -> "Figure".equals(e.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(alts).isNotEmpty().allMatch(a -> a != null && !a.isBlank());
            assertThat(alts).anyMatch(a -> a.contains("medianen för närvaron"));
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(swedish.sections().size());
        }
    }

    @Test
    void chartsAreVectorsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(swedishPdf)) {
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    assertThat(x).isNotInstanceOf(PDImageXObject.class);
                    forms++;
                }
            }
            assertThat(forms).as("one form per chart").isGreaterThanOrEqualTo(4);
        }
        // and the chart's own labels are real text
        assertThat(swedishText).contains("2025-09", "2025-12");
    }

    @Test
    void repeatsTheHeaderRowWhenATableContinuesOnTheNextPage() throws IOException {
        EvaluationReport big = new EvaluationReportBuilder().build(ReportDemoData.generate(70, 6, 7));
        byte[] pdf = new ReportPdfWriter().write(big);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int captionPage = firstPageWith(doc, "Elevärenden och målgrupp per skola");
            // after the caption: the method section names every school too (absence completeness, #16.2)
            int lastRowPage = firstPageWith(doc, "Skola 70", captionPage);
            assertThat(lastRowPage).as("the coverage table spans pages").isGreaterThan(captionPage);
            String continued = pageText(doc, lastRowPage);
            assertThat(continued).contains("Målgrupp 2025/26").contains("Andel av");
        }
    }

    @Test
    void suggestsAnAsciiFileName() {
        assertThat(ReportPdfWriter.fileName("Ängsskolan & Östbergaskolan", java.time.LocalDate.of(2026, 11, 24)))
                .isEqualTo("uppfoljning-rapport_angsskolan-ostbergaskolan_2026-11-24.pdf");
        assertThat(ReportPdfWriter.fileName("", java.time.LocalDate.of(2026, 1, 2)))
                .isEqualTo("uppfoljning-rapport_alla_2026-01-02.pdf");
        assertThat(swedish.fileName()).matches("[a-z0-9_.-]+");
    }

    @Test
    void printsQuotesInEveryScriptWithEmbeddedFontsAndPassesPdfUa1() throws Exception {
        String arabic = "كان الدعم مفيدًا جدًا لطفلنا";
        String mixed = "Tack! Łódź, şğı, čćđ, ትግርኛ";
        EvaluationReport report = new EvaluationReport(Locale.forLanguageTag("sv"), swedish.title(), swedish.scopeLines(),
                swedish.generatedOn(), swedish.fileName(), List.of(new EvaluationReport.Section(
                swedish.sections().getFirst().id(), swedish.sections().getFirst().heading(), List.of(new EvaluationReport.Quote(arabic, "vårdnadshavare, slut"),
                new EvaluationReport.Quote(mixed, "vårdnadshavare, slut")))));
        byte[] pdf = new ReportPdfWriter().write(report);
        String text = se.uppfoljning.base.pdf.PdfChecks.comparable(text(pdf));
        assertThat(text).contains(se.uppfoljning.base.pdf.PdfChecks.comparable(arabic),
                se.uppfoljning.base.pdf.PdfChecks.comparable(mixed));
        assertThat(se.uppfoljning.base.pdf.PdfChecks.notEmbeddedFonts(pdf)).isEmpty();
        assertThat(se.uppfoljning.base.pdf.PdfChecks.notdefGlyphs(pdf)).isEmpty();
        assertThat(se.uppfoljning.base.pdf.PdfChecks.notEmbeddedFonts(swedishPdf)).isEmpty();
        assertThat(se.uppfoljning.base.pdf.PdfChecks.pdfUaFailures(swedishPdf)).isEmpty();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    private static int firstPageWith(PDDocument doc, String needle) throws IOException {
        return firstPageWith(doc, needle, 1);
    }

    private static int firstPageWith(PDDocument doc, String needle, int from) throws IOException {
        for (int p = from; p <= doc.getNumberOfPages(); p++) {
            if (pageText(doc, p).contains(needle)) {
                return p;
            }
        }
        throw new AssertionError("Not found: " + needle);
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

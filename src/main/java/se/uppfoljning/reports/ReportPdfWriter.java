package se.uppfoljning.reports;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.reports.pdf.ChartDrawing;
import se.uppfoljning.reports.pdf.PdfStyle;
import se.uppfoljning.reports.pdf.PdfTables;
import se.uppfoljning.reports.pdf.TaggedFlow;

/**
 * Writes an {@link EvaluationReport} as an A4 PDF: a cover with title, scope and date, one numbered section per
 * page start with bookmarks, tables with repeated header rows and the suppression footnote, and vector charts
 * (JFreeChart through a PDF template) each followed by its text alternative. The PDF is tagged (structure tree with
 * headings, paragraphs, tables and figures with alternative text), its language is set in the catalog, and the
 * title is in the metadata and shown in the viewer's title bar. Stateless and thread-safe.
 */
public final class ReportPdfWriter {

    static final float CHART_HEIGHT = 240;

    /** Renders the report; the texts are already in the report's language. */
    public byte[] write(EvaluationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        String language = "en".equals(report.language().getLanguage()) ? "en-GB" : "sv-SE";
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        String title = report.title() + (report.scopeLines().isEmpty() ? "" : " \u2013 " + report.scopeLines().getFirst());
        document.addTitle(title);
        writer.setXmpMetadata(se.uppfoljning.base.pdf.TaggedText.xmp(title, language)); // PDF/UA-1 needs XMP
        document.addSubject(t(report, "reports.pdf.subject"));
        document.addCreator("Uppföljning");
        document.addCreationDate();
        writer.setPageEvent(new Footer(report));
        document.open();
        TaggedFlow flow = new TaggedFlow(document, writer);
        cover(report, flow);
        int figure = 0;
        int number = 0;
        for (EvaluationReport.Section section : report.sections()) {
            flow.newPage();
            number++;
            PdfStructureElement sect = flow.group(flow.root(), new PdfName("Sect"));
            String heading = number + " " + section.heading();
            flow.bookmark(heading);
            flow.add(paragraph(heading, PdfStyle.H1, 0, 10), sect, PdfName.H1);
            for (EvaluationReport.Block block : section.blocks()) {
                figure = block(report, flow, sect, block, figure);
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** The suggested file name, {@code uppfoljning-rapport_<scope>_<yyyy-MM-dd>.pdf}, ASCII only. */
    public static String fileName(String scope, LocalDate date) {
        return EvaluationReportBuilder.fileName(scope, date);
    }

    private static void cover(EvaluationReport report, TaggedFlow flow) {
        PdfStructureElement sect = flow.group(flow.root(), new PdfName("Sect"));
        flow.space(150);
        flow.add(paragraph(report.title(), PdfStyle.TITLE, 0, 24), sect, PdfName.H1);
        for (String line : report.scopeLines()) {
            flow.add(paragraph(line, PdfStyle.COVER, 0, 4), sect, PdfName.P);
        }
        flow.space(16);
        flow.add(paragraph(t(report, "reports.pdf.generated", report.generatedOn().toString()), PdfStyle.COVER, 0, 30),
                sect, PdfName.P);
        flow.add(paragraph(t(report, "reports.pdf.contents"), PdfStyle.H2, 0, 4), sect, PdfName.H2);
        org.openpdf.text.List contents = new org.openpdf.text.List(org.openpdf.text.List.ORDERED);
        for (EvaluationReport.Section s : report.sections()) {
            contents.add(new ListItem(s.heading(), PdfStyle.BODY));
        }
        flow.add(contents, sect, PdfName.L);
        flow.space(30);
        flow.add(paragraph(t(report, "reports.pdf.privacy"), PdfStyle.NOTE, 0, 0), sect, PdfName.P);
    }

    private static int block(EvaluationReport report, TaggedFlow flow, PdfStructureElement sect,
                             EvaluationReport.Block block, int figure) {
        switch (block) {
            case EvaluationReport.Paragraph p -> flow.add(paragraph(p.text(), PdfStyle.BODY, 0, 6), sect, PdfName.P);
            case EvaluationReport.Subheading h -> {
                flow.keep(200); // a subheading stays with the start of what it introduces
                flow.space(6);
                flow.add(paragraph(h.text(), PdfStyle.H2, 0, 5), sect, PdfName.H2);
            }
            case EvaluationReport.Bullets b -> {
                org.openpdf.text.List list = new org.openpdf.text.List(false, 10);
                list.setListSymbol(new Chunk("\u2022", PdfStyle.BODY));
                for (String item : b.items()) {
                    ListItem li = new ListItem(item, PdfStyle.BODY);
                    li.setSpacingAfter(4);
                    li.setLeading(13.5f);
                    list.add(li);
                }
                flow.add(list, sect, PdfName.L);
                flow.space(4);
            }
            case EvaluationReport.Quote q -> {
                Paragraph p = new Paragraph();
                p.setIndentationLeft(18);
                p.setIndentationRight(18);
                p.setLeading(14);
                p.add(PdfStyle.anyScript("\u201d" + q.text() + "\u201d", PdfStyle.QUOTE));
                p.add(new Chunk("  \u2014 " + q.attribution(), PdfStyle.NOTE));
                p.setSpacingAfter(7);
                flow.add(p, sect, PdfName.BLOCKQUOTE);
            }
            case EvaluationReport.Table table -> {
                flow.keep(70 + Math.min(table.rows().size(), 6) * 14);
                flow.space(4);
                flow.add(paragraph(table.caption(), PdfStyle.CAPTION, 0, 4), sect, PdfName.CAPTION);
                flow.add(PdfTables.table(table), sect, PdfName.TABLE);
                flow.space(3);
                for (String note : table.notes()) {
                    flow.add(paragraph(note, PdfStyle.NOTE, 0, 1), sect, PdfName.P);
                }
                flow.space(8);
            }
            case EvaluationReport.Chart chart -> {
                figure++;
                flow.keep(CHART_HEIGHT + 60);
                flow.space(4);
                flow.add(paragraph(chart.title(), PdfStyle.CAPTION, 0, 2), sect, PdfName.CAPTION);
                float width = flow.width();
                PdfTemplate template = flow.template(width, CHART_HEIGHT);
                Graphics2D g2 = template.createGraphics(width, CHART_HEIGHT, ChartDrawing.FONTS);
                try {
                    ChartDrawing.draw(chart, g2, width, CHART_HEIGHT);
                } finally {
                    g2.dispose();
                }
                flow.figure(template, CHART_HEIGHT, chart.textAlternative(), sect);
                flow.add(paragraph(t(report, "reports.pdf.figure", Integer.toString(figure), chart.textAlternative()),
                        PdfStyle.NOTE, 2, 10), sect, PdfName.P);
            }
        }
        return figure;
    }

    private static Paragraph paragraph(String text, org.openpdf.text.Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private static String t(EvaluationReport report, String key, Object... args) {
        return Translations.translate(key, report.language(), args);
    }

    /** Page number in the footer of every page but the cover, as an artifact. */
    private static final class Footer extends PdfPageEventHelper {
        private final EvaluationReport report;

        Footer(EvaluationReport report) {
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                TaggedFlow.footer(writer, document, report.title() + "   |   "
                        + t(report, "reports.pdf.page", Integer.toString(writer.getPageNumber())));
            }
        }
    }
}

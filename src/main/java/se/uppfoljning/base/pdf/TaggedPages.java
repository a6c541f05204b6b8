package se.uppfoljning.base.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes text onto the page's direct content across as many pages as it needs, keeping it one structure
 * element: each page's part is marked content bound to the same tag, so assistive technology reads one
 * paragraph or block, not one per page. {@link TaggedText} (letters, questionnaires) and the reports' tagged
 * flow both write through here. Positions are in points from the bottom of the page.
 */
public final class TaggedPages {

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte cb;

    /** After {@code document.open()}. */
    public TaggedPages(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
        this.cb = writer.getDirectContent();
    }

    /** Starts a new page; returns its top margin, where writing continues. */
    public float newPage() {
        writer.setPageEmpty(false); // content goes to the direct content, which Document does not see
        document.newPage();
        return document.top();
    }

    /**
     * Writes all of {@code ct} between {@code left} and {@code right}, from {@code y} down to the bottom margin,
     * then on from the top of a new page, until it is written, each page's part bound to {@code tag}.
     *
     * @return the position below the last line written, on the page where it ended
     * @throws IllegalStateException if it does not fit on {@code maxPages} pages, or OpenPDF cannot lay it out
     */
    public float write(ColumnText ct, PdfStructureElement tag, float left, float right, float y, int maxPages) {
        for (int pages = 0; pages < maxPages; pages++) {
            ct.setSimpleColumn(left, document.bottom(), right, y);
            cb.beginMarkedContentSequence(tag);
            int status;
            try {
                status = ct.go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            } finally {
                cb.endMarkedContentSequence();
            }
            y = ct.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return y;
            }
            y = newPage();
        }
        throw new IllegalStateException("A block of text does not fit on " + maxPages + " pages");
    }
}

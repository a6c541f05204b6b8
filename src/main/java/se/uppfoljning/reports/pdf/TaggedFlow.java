package se.uppfoljning.reports.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.uppfoljning.base.pdf.TaggedPages;

/**
 * Lays out blocks top to bottom onto the page's direct content and wraps each in marked content bound to a
 * structure element (H1, P, Table, Figure with /Alt, ...), so the text is in the tagged PDF's structure tree.
 * OpenPDF tags nothing by itself: content added with {@code Document.add} would stay outside the tree. A block
 * that does not fit continues on the next page (tables repeat their header rows there).
 */
public final class TaggedFlow {

    private static final int MAX_PAGES_PER_BLOCK = 500;

    private final PdfWriter writer;
    private final TaggedPages pages;
    private final PdfContentByte cb;
    private final PdfStructureElement root;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private float y;

    public TaggedFlow(Document document, PdfWriter writer) {
        this.writer = writer;
        this.pages = new TaggedPages(document, writer);
        this.cb = writer.getDirectContent();
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.left = document.left();
        this.right = document.right();
        this.top = document.top();
        this.bottom = document.bottom();
        this.y = top;
    }

    public PdfStructureElement root() {
        return root;
    }

    /** A grouping element (e.g. a section) under {@code parent}; it marks no content itself. */
    public PdfStructureElement group(PdfStructureElement parent, PdfName role) {
        return new PdfStructureElement(parent, role);
    }

    public float width() {
        return right - left;
    }

    public float remaining() {
        return y - bottom;
    }

    /** Starts a new page unless at least {@code height} points are left on this one. */
    public void keep(float height) {
        if (remaining() < height && y < top) {
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
        if (y < bottom) {
            newPage();
        }
    }

    public void newPage() {
        y = pages.newPage();
    }

    /** Adds a bookmark to the current position. */
    public void bookmark(String title) {
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(writer.getPageNumber(),
                new PdfDestination(PdfDestination.XYZ, left, y + 4, 0), writer), title);
    }

    /** Adds an element as a structure element of {@code role} under {@code parent}; returns that element. */
    public PdfStructureElement add(Element element, PdfStructureElement parent, PdfName role) {
        PdfStructureElement tag = new PdfStructureElement(parent, role);
        ColumnText ct = new ColumnText(cb);
        // Unicode bidi and Arabic shaping inside left-to-right text (a quoted answer in Arabic or Persian)
        ct.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        ct.addElement(element);
        y = pages.write(ct, tag, left, right, y, MAX_PAGES_PER_BLOCK);
        return tag;
    }

    /** Places a vector template as a Figure with alternative text; starts a new page if it does not fit. */
    public void figure(PdfTemplate template, float height, String alt, PdfStructureElement parent) {
        keep(height);
        PdfStructureElement figure = new PdfStructureElement(parent, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        cb.beginMarkedContentSequence(figure);
        cb.addTemplate(template, left, y - height);
        cb.endMarkedContentSequence();
        y -= height;
    }

    /** A blank vector template of this size, to draw a chart into. */
    public PdfTemplate template(float width, float height) {
        return cb.createTemplate(width, height);
    }

    /** Draws a page footer as an artifact (not part of the reading order). */
    public static void footer(PdfWriter writer, Document document, String text) {
        PdfContentByte c = writer.getDirectContent();
        c.beginMarkedContentSequence(new PdfName("Artifact"));
        ColumnText.showTextAligned(c, Element.ALIGN_RIGHT, new org.openpdf.text.Phrase(text, PdfStyle.FOOTER),
                document.right(), document.bottom() - 24, 0);
        c.endMarkedContentSequence();
    }
}

package se.uppfoljning.base.pdf;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a tagged, PDF/UA-minded document top to bottom: every paragraph is laid out by {@link ColumnText}
 * (Arabic shaping and right-to-left order for ar/fa, mixed-direction lines in Unicode bidi order), wrapped
 * in marked content bound to a structure element (H1, P ...) that carries its own {@code /Lang} when it
 * differs from the document's; drawings are Figures with alternative text; decoration is an Artifact.
 * Use {@link #prepare} before {@code Document.open()}.
 *
 * <p>PDF/UA-1 needs, besides the structure: {@code /Lang} in the catalog, {@code /MarkInfo /Marked true},
 * a title shown in the window ({@code /DisplayDocTitle}) and XMP metadata with {@code pdfuaid:part 1}
 * (ISO 14289-1, 7.1 and 7.2); all set by {@link #prepare}.
 */
public final class TaggedText {

    /** Pages a paragraph may span before it is refused as runaway text. */
    private static final int MAX_PAGES_PER_PARAGRAPH = 100;

    private final Document document;
    private final TaggedPages pages;
    private final PdfContentByte cb;
    private final PdfStructureElement root;
    private final String language;
    private float y;

    /**
     * Sets tagging, language, title and XMP metadata; call before {@code document.open()}.
     *
     * @param language BCP 47 code of the document's main language ("sv", "ar")
     */
    public static void prepare(PdfWriter writer, Document document, String language, String title) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.addTitle(title);
        document.addCreator("Uppföljning");
        writer.setXmpMetadata(xmp(title, language));
    }

    /** After {@code document.open()}: a Document element as the structure root. */
    public TaggedText(Document document, PdfWriter writer, String language) {
        this.document = document;
        this.pages = new TaggedPages(document, writer);
        this.cb = writer.getDirectContent();
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.language = language;
        this.y = document.top();
    }

    public PdfStructureElement root() {
        return root;
    }

    /** Current vertical position, in points from the bottom of the page. */
    public float y() {
        return y;
    }

    public void space(float points) {
        y -= points;
    }

    public void newPage() {
        y = pages.newPage();
    }

    /**
     * A paragraph between the margins, less {@code leftIndent} and {@code rightIndent} points.
     *
     * @param role structure type: {@link PdfName#P}, {@link PdfName#H1} ...
     * @param lang language of this text (its direction, and {@code /Lang} if it differs from the document's)
     * @param alignment {@link Element#ALIGN_LEFT} etc.; "left" means "start" for right-to-left text
     */
    public PdfStructureElement paragraph(String text, PdfName role, float size, PdfFonts.Style style, Color color,
                                         String lang, int alignment, float leftIndent, float rightIndent) {
        PdfStructureElement tag = paragraph(PdfFonts.phrase(text, size, style, color, PdfFonts.isRightToLeft(lang)), role,
                size, lang, alignment, leftIndent, rightIndent, root);
        if (PdfFonts.isRightToLeft(lang)) {
            // the page holds shaped glyphs in visual order; assistive technology reads the logical text from here
            tag.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
        }
        return tag;
    }

    /** A paragraph of ready-made runs (e.g. a label and a code in different sizes) under {@code parent}. */
    public PdfStructureElement paragraph(Phrase phrase, PdfName role, float size, String lang, int alignment,
                                         float leftIndent, float rightIndent, PdfStructureElement parent) {
        PdfStructureElement tag = new PdfStructureElement(parent, role);
        if (lang != null && !lang.equals(language)) {
            tag.put(PdfName.LANG, new PdfString(lang));
        }
        ColumnText ct = new ColumnText(cb);
        ct.setRunDirection(PdfFonts.runDirection(lang));
        ct.setArabicOptions(ColumnText.AR_LIG);
        ct.setText(phrase);
        ct.setLeading(size * 1.45f);
        ct.setAlignment(alignment);
        y = pages.write(ct, tag, document.left() + leftIndent, document.right() - rightIndent, y,
                MAX_PAGES_PER_PARAGRAPH);
        return tag;
    }

    /** Draws a figure (e.g. a QR code) of this size at {@code x}, top at the current position, with /Alt text. */
    public void figure(float x, float width, float height, String alt, Consumer<PdfContentByte> draw) {
        PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        cb.beginMarkedContentSequence(figure);
        draw.accept(cb);
        cb.endMarkedContentSequence();
    }

    /** Decoration that is not part of the reading order (rules, page furniture). */
    public void artifact(Consumer<PdfContentByte> draw) {
        cb.beginMarkedContentSequence(new PdfName("Artifact"));
        draw.accept(cb);
        cb.endMarkedContentSequence();
    }

    public float left() {
        return document.left();
    }

    public float right() {
        return document.right();
    }

    /**
     * XMP metadata for PDF/UA-1: title, language and {@code pdfuaid:part 1}, UTF-8; for
     * {@link PdfWriter#setXmpMetadata} before {@code Document.open()}.
     */
    public static byte[] xmp(String title, String language) {
        return xmpText(title, language).getBytes(StandardCharsets.UTF_8);
    }

    private static String xmpText(String title, String language) {
        String t = escape(title);
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                      xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <dc:format>application/pdf</dc:format>
                   <xmp:CreatorTool>Uppföljning</xmp:CreatorTool>
                   <pdf:Producer>OpenPDF</pdf:Producer>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(t, escape(language));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

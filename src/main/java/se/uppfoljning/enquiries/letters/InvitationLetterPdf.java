package se.uppfoljning.enquiries.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import se.uppfoljning.base.i18n.Translations;

/**
 * Invitation letters, one A4 page per invitation: greeting, purpose, the link, its QR code, the paper code,
 * how the answers are protected and whom to contact. Plain class; texts from the enquiries bundle.
 */
public final class InvitationLetterPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 11);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);
    private static final Font CODE = new Font(Font.COURIER, 20, Font.BOLD);
    private static final Font LINK = new Font(Font.COURIER, 8);
    private static final float QR_SIZE = 130;

    private InvitationLetterPdf() {
    }

    public static byte[] render(List<LetterData> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Inbjudan till enkät / Invitation to a questionnaire");
        doc.addCreator("Uppföljning");
        doc.open();
        boolean first = true;
        for (LetterData letter : letters) {
            if (!first) {
                doc.newPage();
            }
            first = false;
            page(doc, writer, letter);
        }
        if (letters.isEmpty()) {
            doc.add(new Paragraph(" "));
        }
        doc.close();
        return out.toByteArray();
    }

    private static void page(Document doc, PdfWriter writer, LetterData l) {
        Locale loc = l.language();
        String waveKey = "END".equals(l.wave()) ? "end" : "start";
        doc.add(new Paragraph(t("enquiries.letter.title", loc), TITLE));
        doc.add(spaced(t("enquiries.letter.greeting", loc), 12));
        doc.add(spaced(t("enquiries.letter.purpose", loc), 6));
        doc.add(spaced(t("enquiries.letter.purpose." + waveKey, loc), 6));
        doc.add(spaced(t("enquiries.letter.how", loc), 10));

        float top = writer.getVerticalPosition(true) - 10;
        drawQr(writer.getDirectContent(), l.link(), doc.left(), top - QR_SIZE);
        Paragraph codeBlock = new Paragraph();
        codeBlock.setIndentationLeft(QR_SIZE + 20);
        codeBlock.add(new Chunk(t("enquiries.letter.code-label", loc, l.codeEntryUrl()) + "\n", BODY));
        codeBlock.add(new Chunk(l.code() + "\n", CODE));
        codeBlock.setSpacingBefore(10);
        doc.add(codeBlock);
        float below = top - QR_SIZE - 10;
        float gap = writer.getVerticalPosition(true) - below;
        if (gap > 0) {
            Paragraph spacer = new Paragraph(" ");
            spacer.setSpacingBefore(gap - 12);
            doc.add(spacer);
        }
        // Full width, so that even a long public address stays on one line.
        Paragraph link = new Paragraph();
        link.add(new Chunk(t("enquiries.letter.link-label", loc) + " ", SMALL));
        link.add(new Chunk(l.link(), LINK));
        doc.add(link);
        String until = DateTimeFormatter.ISO_LOCAL_DATE.format(l.expiresAt().atZone(ZoneId.of("Europe/Stockholm")));
        doc.add(spaced(t("enquiries.letter.valid-until", loc, until), 10));
        doc.add(spaced(t("enquiries.letter.languages", loc), 6));
        doc.add(spaced(t("enquiries.letter.privacy-title", loc), 12));
        doc.add(spaced(t("enquiries.letter.privacy", loc), 4));
        doc.add(spaced(t("enquiries.letter.voluntary", loc), 6));
        doc.add(spaced(t("enquiries.letter.contact", loc, l.contact()), 10));
        Paragraph ref = new Paragraph(t("enquiries.letter.reference", loc, l.caseCode(), l.wave()), SMALL);
        ref.setSpacingBefore(24);
        ref.setAlignment(Element.ALIGN_RIGHT);
        doc.add(ref);
    }

    private static Paragraph spaced(String text, float before) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingBefore(before);
        p.setLeading(15);
        return p;
    }

    /** Draws the QR code as filled squares: pure vector, sharp at any print size. */
    static void drawQr(PdfContentByte cb, String content, float x, float y) {
        try {
            BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            float cell = QR_SIZE / m.getWidth();
            cb.saveState();
            cb.setRGBColorFill(0, 0, 0);
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        cb.rectangle(x + col * cell, y + (m.getHeight() - 1 - row) * cell, cell, cell);
                    }
                }
            }
            cb.fill();
            cb.restoreState();
        } catch (WriterException e) {
            throw new IllegalStateException("QR encoding failed", e);
        }
    }

    private static String t(String key, Locale locale, Object... args) {
        return Translations.translate(key, locale, args);
    }
}

package se.uppfoljning.enquiries.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.base.pdf.PdfFonts;
import se.uppfoljning.base.pdf.PdfFonts.Style;
import se.uppfoljning.base.pdf.TaggedText;

/**
 * Invitation letters, one A4 page per invitation and language: greeting, purpose, the link, its QR code, the
 * paper code, how the answers are protected and whom to contact. A two-language letter is Swedish on one page
 * and the family's language on the next (the two sides of one sheet when printed double-sided). Tagged
 * (headings, paragraphs, the QR code as a figure with alternative text) with each page's language, fonts
 * embedded for Latin, Arabic/Persian and Ethiopic script; Arabic and Persian pages run right to left.
 * Plain class; texts from the enquiries bundle.
 */
public final class InvitationLetterPdf {

    private static final float QR_SIZE = 130;
    private static final Color MUTED = new Color(0x44, 0x44, 0x44);

    private InvitationLetterPdf() {
    }

    public static byte[] render(List<LetterData> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String mainLanguage = letters.isEmpty() ? "sv" : letters.getFirst().language().getLanguage();
        TaggedText.prepare(writer, doc, mainLanguage, t("enquiries.letter.title", letters.isEmpty()
                ? Locale.forLanguageTag("sv") : letters.getFirst().language()));
        doc.open();
        TaggedText text = new TaggedText(doc, writer, mainLanguage);
        boolean first = true;
        for (LetterData letter : letters) {
            List<Locale> languages = new ArrayList<>(List.of(letter.language()));
            if (letter.secondLanguage() != null) {
                languages.add(letter.secondLanguage());
            }
            for (Locale language : languages) {
                if (!first) {
                    text.newPage();
                }
                first = false;
                page(text, letter, language);
            }
        }
        if (letters.isEmpty()) {
            text.paragraph(" ", PdfName.P, 11, Style.REGULAR, Color.BLACK, mainLanguage, Element.ALIGN_LEFT, 0, 0);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void page(TaggedText text, LetterData l, Locale loc) {
        String lang = loc.getLanguage();
        boolean rtl = PdfFonts.isRightToLeft(lang);
        String waveKey = "END".equals(l.wave()) ? "end" : "start";
        text.paragraph(t("enquiries.letter.title", loc), PdfName.H1, 18, Style.BOLD, Color.BLACK, lang, Element.ALIGN_LEFT, 0, 0);
        body(text, t("enquiries.letter.greeting", loc), lang, 12);
        body(text, t("enquiries.letter.purpose", loc), lang, 6);
        body(text, t("enquiries.letter.purpose." + waveKey, loc), lang, 6);
        body(text, t("enquiries.letter.how", loc), lang, 10);

        text.space(10);
        float top = text.y();
        float qrX = rtl ? text.right() - QR_SIZE : text.left();
        text.figure(qrX, QR_SIZE, QR_SIZE, t("enquiries.letter.qr-alt", loc),
                cb -> drawQr(cb, l.link(), qrX, top - QR_SIZE));
        text.space(10);
        float beside = QR_SIZE + 20;
        text.paragraph(t("enquiries.letter.code-label", loc, l.codeEntryUrl()), PdfName.P, 11, Style.REGULAR,
                Color.BLACK, lang, Element.ALIGN_LEFT, rtl ? 0 : beside, rtl ? beside : 0);
        // the code is Latin letters and digits in any language: left to right, no language of its own
        text.paragraph(l.code(), PdfName.P, 20, Style.BOLD, Color.BLACK, "zxx", rtl ? Element.ALIGN_RIGHT
                : Element.ALIGN_LEFT, rtl ? 0 : beside, rtl ? beside : 0);
        float below = top - QR_SIZE - 10;
        if (text.y() > below) {
            text.space(text.y() - below);
        }
        // label in the page's language, the link itself left to right (a mixed-direction line for ar/fa)
        Phrase link = PdfFonts.phrase(t("enquiries.letter.link-label", loc) + " ", 9, Style.REGULAR, Color.BLACK, rtl);
        link.addAll(PdfFonts.phrase(l.link(), 8, Style.REGULAR, Color.BLACK, false));
        text.paragraph(link, PdfName.P, 9, lang, Element.ALIGN_LEFT, 0, 0, text.root());
        String until = DateTimeFormatter.ISO_LOCAL_DATE.format(l.expiresAt().atZone(ZoneId.of("Europe/Stockholm")));
        body(text, t("enquiries.letter.valid-until", loc, until), lang, 10);
        body(text, t("enquiries.letter.languages", loc), lang, 6);
        text.space(12);
        text.paragraph(t("enquiries.letter.privacy-title", loc), PdfName.H2, 12, Style.BOLD, Color.BLACK, lang,
                Element.ALIGN_LEFT, 0, 0);
        body(text, t("enquiries.letter.privacy", loc), lang, 4);
        body(text, t("enquiries.letter.voluntary", loc), lang, 6);
        body(text, t("enquiries.letter.contact", loc, l.contact()), lang, 10);
        text.space(24);
        text.paragraph(t("enquiries.letter.reference", loc, l.caseCode(), t("enquiries.letter.wave." + l.wave(), loc)),
                PdfName.P, 9, Style.REGULAR, MUTED, lang, Element.ALIGN_RIGHT, 0, 0);
    }

    private static void body(TaggedText text, String s, String lang, float before) {
        text.space(before);
        text.paragraph(s, PdfName.P, 11, Style.REGULAR, Color.BLACK, lang, Element.ALIGN_LEFT, 0, 0);
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

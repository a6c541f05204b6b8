package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.base.pdf.PdfChecks;
import se.uppfoljning.enquiries.letters.InvitationLetterPdf;
import se.uppfoljning.enquiries.letters.LetterData;

class InvitationLetterPdfTest {

    private static final String LINK = "http://localhost:8080/enkat/" + "A".repeat(43);

    @Test
    void letterHasLinkCodeQrAndPrivacyTextOnePagePerInvitation() throws Exception {
        List<LetterData> letters = List.of(
                new LetterData("K7QX-M4P2", "START", Locale.forLanguageTag("sv"), LINK, "K7QX-M4P2-HT9W",
                        Instant.parse("2027-01-31T12:00:00Z"), "Samordnaren", "http://localhost:8080/enkat"),
                new LetterData("ABCD-EFGH", "END", Locale.ENGLISH, LINK, "ABCD-EFGH-JKMN",
                        Instant.parse("2027-01-31T12:00:00Z"), "The coordinator", "http://localhost:8080/enkat"));
        byte[] pdf = InvitationLetterPdf.render(letters);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first).contains("Enkät till dig som är vårdnadshavare", "K7QX-M4P2-HT9W", LINK,
                    "Så skyddar vi dina svar", "2027-01-31", "Samordnaren");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc)).contains("Questionnaire for parents and guardians", "ABCD-EFGH-JKMN",
                    "How we protect your answers");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new ImageSource(page)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(LINK);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sv", "en", "ar", "fa", "so", "ti"})
    void everyLanguageReadsBackAsItsSourceTextsWithEmbeddedFontsAndNoMissingGlyph(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        byte[] pdf = InvitationLetterPdf.render(List.of(LetterData.of("K7QX-M4P2", "END", language, LINK, "K7QX-M4P2-HT9W",
                Instant.parse("2027-01-31T12:00:00Z"), "Samordnaren 08-123 45 67", "http://localhost:8080/enkat")));
        String extracted = PdfChecks.text(pdf, 1, Integer.MAX_VALUE);
        String text = PdfChecks.comparable(extracted);
        List<String> sources = new java.util.ArrayList<>();
        for (String key : List.of("title", "greeting", "purpose", "purpose.end", "how", "languages", "privacy-title",
                "privacy", "voluntary")) {
            String source = Translations.translate("enquiries.letter." + key, locale);
            assertThat(source).as("translated").doesNotStartWith("!");
            assertThat(text).as(key).contains(PdfChecks.comparable(source));
            sources.add(source);
        }
        String until = Translations.translate("enquiries.letter.valid-until", locale, "2027-01-31");
        String reference = Translations.translate("enquiries.letter.reference", locale, "K7QX-M4P2",
                Translations.translate("enquiries.letter.wave.END", locale));
        assertThat(PdfChecks.containsLogically(extracted, until)).as(until).isTrue();
        assertThat(PdfChecks.containsLogically(extracted, reference)).as(reference).isTrue();
        assertThat(text).contains("K7QX-M4P2-HT9W", PdfChecks.comparable(LINK));
        if (language.equals("ar") || language.equals("fa")) {
            // right-to-left pages carry each paragraph's logical text for screen readers
            sources.add(until);
            sources.add(reference);
            assertThat(PdfChecks.actualTexts(pdf)).containsAll(sources);
        }
        assertThat(PdfChecks.notEmbeddedFonts(pdf)).isEmpty();
        assertThat(PdfChecks.notdefGlyphs(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void aTwoLanguageLetterIsSwedishOnTheFrontAndTheFamilysLanguageOnTheBack() throws Exception {
        byte[] pdf = InvitationLetterPdf.render(List.of(LetterData.of("K7QX-M4P2", "START", "sv+ar", LINK, "K7QX-M4P2-HT9W",
                Instant.parse("2027-01-31T12:00:00Z"), "Samordnaren", "http://localhost:8080/enkat")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(PdfChecks.text(pdf, 1, 1)).contains("Enkät till dig som är vårdnadshavare", "K7QX-M4P2-HT9W",
                "Referens: K7QX-M4P2 / start");
        String back = PdfChecks.comparable(PdfChecks.text(pdf, 2, 2));
        assertThat(back).contains(PdfChecks.comparable("استبيان لأولياء الأمور"), "K7QX-M4P2-HT9W",
                // a Latin code inside an Arabic sentence stays where it belongs in logical order
                PdfChecks.comparable("أو اذهب إلى http://localhost:8080/enkat وأدخل الرمز:"));
    }

    @Test
    void lettersPassPdfUa1() throws Exception {
        byte[] pdf = InvitationLetterPdf.render(List.of(
                LetterData.of("K7QX-M4P2", "START", "sv+fa", LINK, "K7QX-M4P2-HT9W", Instant.parse("2027-01-31T12:00:00Z"),
                        "Samordnaren", "http://localhost:8080/enkat"),
                LetterData.of("ABCD-EFGH", "END", "ti", LINK, "ABCD-EFGH-JKMN", Instant.parse("2027-01-31T12:00:00Z"),
                        "Samordnaren", "http://localhost:8080/enkat")));
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    /** Grey levels of a rendered page, for the QR reader. */
    static final class ImageSource extends LuminanceSource {
        private final byte[] pixels;

        ImageSource(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                    pixels[y * image.getWidth() + x] = (byte) grey;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}

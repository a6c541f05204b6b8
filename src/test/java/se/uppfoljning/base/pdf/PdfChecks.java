package se.uppfoljning.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Reads a PDF back the way a reader or a screen reader would: the text in logical order (PDFBox turns the
 * visual order of right-to-left lines back and Arabic presentation forms into letters), the fonts, glyphs
 * that are missing from their font (.notdef), and veraPDF's PDF/UA-1 verdict.
 */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The text of the pages {@code from}..{@code to} (1-based), as PDFBox extracts it. */
    public static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    /**
     * For comparing source strings with extracted text: compatibility forms folded (Arabic presentation forms
     * become letters), and whitespace, joiners and bidi controls removed (line breaks and ZWNJ are layout).
     */
    public static String comparable(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    /**
     * Whether {@code source} is in the extracted {@code text} in logical order. PDFBox rebuilds the logical order
     * of a right-to-left line from the glyphs' positions and gets it wrong for a number or link at either end of
     * the line (ISO date "2027-01-31" comes back as "31-01-2027"); for such strings every right-to-left stretch
     * and every left-to-right token is looked for instead. The structure tree's /ActualText holds the exact
     * string ({@link #actualTexts}).
     */
    public static boolean containsLogically(String text, String source) {
        if (comparable(text).contains(comparable(source))) {
            return true;
        }
        String letters = lettersOnly(text);
        java.util.regex.Matcher runs = java.util.regex.Pattern
                .compile("[\\p{IsArabic}][\\p{IsArabic}\\u200C\\s]*|[\\p{L}\\p{N}]+").matcher(source);
        while (runs.find()) {
            if (!letters.contains(lettersOnly(runs.group()))) {
                return false;
            }
        }
        return true;
    }

    private static String lettersOnly(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}\\p{M}]", "");
    }

    /** Every /ActualText of the structure tree, in document order. */
    public static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), texts);
        }
        return texts;
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
                                List<String> texts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getActualText() != null) {
                    texts.add(e.getActualText());
                }
                collect(e, texts);
            }
        }
    }

    /** Names of fonts used on any page that are not embedded; empty when all are. */
    public static Set<String> notEmbeddedFonts(byte[] pdf) throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /** Every glyph drawn with glyph id 0 (.notdef, a box or nothing on paper), as "font: code". */
    public static List<String> notdefGlyphs(byte[] pdf) throws IOException {
        List<String> notdef = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid
                            && cid.codeToGID(code) == 0) {
                        notdef.add(font.getName() + ": " + code);
                    } else if (!(font instanceof PDType0Font) && font.getWidth(code) == 0 && code != 32) {
                        notdef.add(font.getName() + ": " + code);
                    }
                    super.showGlyph(matrix, font, code, displacement);
                }
            };
            stripper.getText(doc);
        }
        return notdef;
    }

    /** Failed PDF/UA-1 rules as "clause/test: description (n times)"; empty when compliant. */
    public static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "/" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                    if (!failures.contains(rule)) {
                        failures.add(rule);
                    }
                }
            }
            return failures;
        }
    }
}

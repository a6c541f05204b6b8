package se.uppfoljning.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Embedded fonts for every script the application prints: Noto Sans (Latin, including Polish, Turkish and
 * Balkan letters, Greek, Cyrillic), Noto Naskh Arabic (Arabic and Persian) and Noto Sans Ethiopic (Tigrinya,
 * Amharic), all under the SIL Open Font License ({@code fonts/OFL.txt} in the jar). Each is embedded as a
 * subset with {@link BaseFont#IDENTITY_H}, so any character of the font can appear and be copied back out.
 *
 * <p>A {@link Font} holds one font file, so mixed text goes through {@link #phrase}: each run of characters
 * gets the first font that has them. Arabic shaping and the order of right-to-left and mixed lines are done
 * by OpenPDF's {@code ColumnText}/{@code PdfPCell} when their run direction is set ({@link #runDirection});
 * text added with {@code Document.add} is neither shaped nor reordered.
 */
public final class PdfFonts {

    /** Font styles for {@link #phrase}. */
    public enum Style { REGULAR, BOLD, ITALIC }

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

    public static final BaseFont LATIN = load("NotoSans-Regular.ttf");
    public static final BaseFont LATIN_BOLD = load("NotoSans-Bold.ttf");
    public static final BaseFont LATIN_ITALIC = load("NotoSans-Italic.ttf");
    public static final BaseFont ARABIC = load("NotoNaskhArabic-Regular.ttf");
    public static final BaseFont ARABIC_BOLD = load("NotoNaskhArabic-Bold.ttf");
    public static final BaseFont ETHIOPIC = load("NotoSansEthiopic-Regular.ttf");
    public static final BaseFont ETHIOPIC_BOLD = load("NotoSansEthiopic-Bold.ttf");

    private PdfFonts() {
    }

    /**
     * The text in the fonts that cover it. Right-to-left text prefers the Arabic font for what both fonts have
     * (spaces, digits, punctuation), so a line is not split into many runs.
     *
     * @param size in points
     */
    public static Phrase phrase(String text, float size, Style style, Color color, boolean rightToLeft) {
        FontSelector selector = new FontSelector();
        for (BaseFont base : fonts(style, rightToLeft)) {
            selector.addFont(new Font(base, size, Font.NORMAL, color));
        }
        return selector.process(text == null ? "" : text);
    }

    /**
     * The text in {@code preferred} where that font has the glyphs, else in the Arabic or Ethiopic font of the
     * same size and colour: for a Latin document that quotes text in any script.
     */
    public static Phrase phrase(String text, Font preferred) {
        FontSelector selector = new FontSelector();
        selector.addFont(preferred);
        boolean bold = preferred.getBaseFont() == LATIN_BOLD;
        for (BaseFont base : List.of(bold ? ARABIC_BOLD : ARABIC, bold ? ETHIOPIC_BOLD : ETHIOPIC, LATIN)) {
            selector.addFont(new Font(base, preferred.getSize(), Font.NORMAL, preferred.getColor()));
        }
        return selector.process(text == null ? "" : text);
    }

    /** {@link PdfWriter#RUN_DIRECTION_RTL} for Arabic, Persian and other right-to-left languages, else LTR. */
    public static int runDirection(String language) {
        return isRightToLeft(language) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    public static boolean isRightToLeft(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language);
    }

    private static List<BaseFont> fonts(Style style, boolean rightToLeft) {
        boolean bold = style == Style.BOLD;
        BaseFont latin = bold ? LATIN_BOLD : style == Style.ITALIC ? LATIN_ITALIC : LATIN;
        BaseFont arabic = bold ? ARABIC_BOLD : ARABIC;
        BaseFont ethiopic = bold ? ETHIOPIC_BOLD : ETHIOPIC;
        return rightToLeft ? List.of(arabic, latin, ethiopic) : List.of(latin, arabic, ethiopic);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font fonts/" + file + " is missing from the application");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            // OpenPDF's CIDSet of a subset lists fewer CIDs than the font program has: PDF/UA (7.21.4.2) rejects it
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("Font fonts/" + file + " cannot be read", e);
        }
    }
}

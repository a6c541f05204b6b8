package se.uppfoljning.reports.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import se.uppfoljning.base.pdf.PdfFonts;

/**
 * Fonts and sizes of the report: Noto Sans, embedded (subset, Identity-H; see {@link PdfFonts}), so every Latin
 * letter (Swedish, Polish, Turkish, Balkan ...), the en dash, typographic quotes and the bullet print and PDF/UA's
 * "fonts embedded" rule holds. Text that may be in any script (quoted answers) goes through {@link #anyScript},
 * which falls back to the Arabic and Ethiopic fonts; right-to-left order and Arabic shaping need a run direction
 * on the column it is laid out in.
 */
public final class PdfStyle {

    public static final BaseFont REGULAR = PdfFonts.LATIN;
    public static final BaseFont BOLD = PdfFonts.LATIN_BOLD;
    public static final BaseFont ITALIC = PdfFonts.LATIN_ITALIC;

    public static final Color TEXT = Color.BLACK;
    public static final Color MUTED = new Color(0x44, 0x44, 0x44);
    public static final Color HEADER_FILL = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);

    public static final Font TITLE = new Font(BOLD, 26, Font.NORMAL, TEXT);
    public static final Font COVER = new Font(REGULAR, 12, Font.NORMAL, TEXT);
    public static final Font H1 = new Font(BOLD, 17, Font.NORMAL, TEXT);
    public static final Font H2 = new Font(BOLD, 12, Font.NORMAL, TEXT);
    public static final Font BODY = new Font(REGULAR, 10, Font.NORMAL, TEXT);
    public static final Font NOTE = new Font(ITALIC, 8, Font.NORMAL, MUTED);
    public static final Font QUOTE = new Font(ITALIC, 10, Font.NORMAL, TEXT);
    public static final Font CAPTION = new Font(BOLD, 9.5f, Font.NORMAL, TEXT);
    public static final Font CELL = new Font(REGULAR, 8.5f, Font.NORMAL, TEXT);
    public static final Font CELL_BOLD = new Font(BOLD, 8.5f, Font.NORMAL, TEXT);
    public static final Font FOOTER = new Font(REGULAR, 8, Font.NORMAL, MUTED);

    private PdfStyle() {
    }

    /** {@code text} in {@code font}, with characters that font lacks (Arabic, Ethiopic ...) in a font that has them. */
    public static org.openpdf.text.Phrase anyScript(String text, Font font) {
        return PdfFonts.phrase(text, font);
    }
}

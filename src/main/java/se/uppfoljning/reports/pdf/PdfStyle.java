package se.uppfoljning.reports.pdf;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Fonts and sizes of the report. Helvetica with WinAnsi (Cp1252) encoding: a standard PDF font, not embedded, that
 * covers Swedish (å, ä, ö, é), the en dash used as suppression marker, typographic quotes and the bullet. Texts are
 * kept within that set (the bundles avoid the minus sign U+2212 and the square root sign).
 */
public final class PdfStyle {

    public static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    public static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    public static final BaseFont ITALIC = font(BaseFont.HELVETICA_OBLIQUE);

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

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("Standard font " + name + " is missing", e);
        }
    }
}

package se.uppfoljning.base;

import java.util.regex.Pattern;

/**
 * Stops spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it. A plain decimal number ({@code -3}, {@code 12.5}) is left alone:
 * a negative number must stay a number. The one rule for every file the application writes for spreadsheets
 * (audit CSV, report exports).
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    /** The cell as a spreadsheet may safely read it; null becomes the empty string. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || isPlainNumber(cell)) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** An optional minus, digits, and optionally a point and more digits: nothing a spreadsheet would evaluate. */
    public static boolean isPlainNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell).matches();
    }
}

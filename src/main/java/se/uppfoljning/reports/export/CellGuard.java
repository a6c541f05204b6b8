package se.uppfoljning.reports.export;

import java.util.regex.Pattern;

/**
 * Stops spreadsheet formula injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is prefixed with an apostrophe, so Excel, LibreOffice and Google Sheets show it as
 * text instead of running it. A plain number ({@code -3}, {@code 12.5}) is left alone: a negative number must
 * stay a number.
 */
public final class CellGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CellGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || isPlainNumber(cell)) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    public static boolean isPlainNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell).matches();
    }
}

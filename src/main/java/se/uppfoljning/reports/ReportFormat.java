package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Number formats for the report language. Hand-made symbols: Java's Swedish locale writes negative numbers with
 * U+2212 MINUS SIGN, which the PDF's standard font (WinAnsi) cannot show; here it is a hyphen-minus, the decimal
 * mark is a comma (sv) or point (en) and thousands are grouped with a no-break space (sv) or comma (en).
 */
final class ReportFormat {

    private final boolean english;
    private final DecimalFormatSymbols symbols;

    ReportFormat(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
        symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '\u00a0');
        symbols.setMinusSign('-');
    }

    String count(long n) {
        return format("#,##0", n);
    }

    /** A share 0..1 as a whole percent: "45 %" (sv), "45%" (en). */
    String percent(double share) {
        return format("0", share * 100) + (english ? "%" : "\u00a0%");
    }

    String decimal(double v, int digits) {
        return format(digits == 0 ? "0" : "0." + "0".repeat(digits), v);
    }

    /** With an explicit sign for changes: "+1,5", "-2,0", "0,0". */
    String signed(double v, int digits) {
        String s = decimal(v, digits);
        return v > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "<" + decimal(0.001, 3) : decimal(p, 3);
    }

    /** "p < 0,001" or "p = 0,012", for running text. */
    String pStatement(double p) {
        return p < 0.001 ? "p < " + decimal(0.001, 3) : "p = " + decimal(p, 3);
    }

    String money(BigDecimal amount) {
        return money(amount.doubleValue());
    }

    String money(double amount) {
        String n = format("#,##0", amount);
        return english ? "SEK " + n : n + "\u00a0kr";
    }

    String date(LocalDate d) {
        return d.toString();
    }

    String month(YearMonth m) {
        return m.toString();
    }

    private String format(String pattern, double v) {
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String s = f.format(v);
        return "-0".equals(s) || s.matches("-0[.,]0+") ? s.substring(1) : s;
    }
}

package se.uppfoljning.reports.export;

import java.nio.charset.StandardCharsets;

/** Text helpers shared by the syntax writers: one-line labels and length limits counted in UTF-8 bytes. */
final class SyntaxText {

    private SyntaxText() {
    }

    /**
     * The label on one line: line breaks, tabs and other control characters become single spaces, the ends are
     * trimmed. Syntax files cannot carry a line break inside a label literal in every package.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }

    /** At most {@code maxBytes} UTF-8 bytes, cut between code points (never inside a character). */
    static String limitBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** At most {@code max} characters (code points), for packages that count characters. */
    static String limitChars(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }

    static int utf8Length(Object cell) {
        return cell == null ? 0 : cell.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}

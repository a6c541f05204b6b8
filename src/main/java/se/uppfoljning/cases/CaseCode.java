package se.uppfoljning.cases;

import java.util.random.RandomGenerator;

/**
 * A case's pseudonym, e.g. {@code K7QX-M4P2}: seven random characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L, U) and a Luhn mod-30 check character that catches every single mistyped character and
 * every swap of two neighbours. Input is accepted in lower case, with or without the dash.
 */
public record CaseCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int N = ALPHABET.length();

    public CaseCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid case code: " + value);
        }
    }

    public static CaseCode random(RandomGenerator random) {
        StringBuilder body = new StringBuilder(7);
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt(random.nextInt(N)));
        }
        String raw = body.toString() + checkChar(body.toString());
        return new CaseCode(raw.substring(0, 4) + "-" + raw.substring(4));
    }

    /** Parses user input; returns null if it is not a well-formed code with a correct check character. */
    public static CaseCode parseOrNull(String input) {
        if (input == null) {
            return null;
        }
        String compact = input.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        if (compact.length() != 8) {
            return null;
        }
        String formatted = compact.substring(0, 4) + "-" + compact.substring(4);
        return isValid(formatted) ? new CaseCode(formatted) : null;
    }

    public static boolean isValid(String formatted) {
        if (formatted == null || formatted.length() != 9 || formatted.charAt(4) != '-') {
            return false;
        }
        String compact = formatted.substring(0, 4) + formatted.substring(5);
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return false;
            }
        }
        return checkChar(compact.substring(0, 7)) == compact.charAt(7);
    }

    /** Luhn mod N over the body, as in ISO/IEC 7064-style check characters. */
    static char checkChar(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        int remainder = sum % N;
        return ALPHABET.charAt((N - remainder) % N);
    }

    @Override
    public String toString() {
        return value;
    }
}

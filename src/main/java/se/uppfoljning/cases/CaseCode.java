package se.uppfoljning.cases;

import java.util.random.RandomGenerator;

/**
 * A case's pseudonym, e.g. {@code K7QX-M4P2}: seven random characters from a 30-character alphabet without
 * look-alikes (no 0/O, 1/I/L, U) and a check character chosen so that the weighted sum (weights 1..8) of all
 * eight values is 0 modulo the prime 31. Because 31 is prime and the weights are distinct and below 31, every
 * single mistyped character and every swap of two neighbours changes the sum, so it is always caught (Luhn
 * mod N misses some swaps). Input is accepted in lower case, with or without the dash.
 */
public record CaseCode(String value) {

    /**
     * The 30 characters of a code, without look-alikes (no 0/O, 1/I/L, U); the paper codes of enquiries use the
     * same alphabet.
     */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int N = ALPHABET.length();
    private static final int PRIME = 31;

    public CaseCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid case code: " + value);
        }
    }

    public static CaseCode random(RandomGenerator random) {
        while (true) {
            StringBuilder body = new StringBuilder(7);
            for (int i = 0; i < 7; i++) {
                body.append(ALPHABET.charAt(random.nextInt(N)));
            }
            int check = checkValue(body.toString());
            // One of the 31 possible check values has no character; draw again (1 time in 31).
            if (check < N) {
                String raw = body.toString() + ALPHABET.charAt(check);
                return new CaseCode(raw.substring(0, 4) + "-" + raw.substring(4));
            }
        }
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
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (i + 1) * ALPHABET.indexOf(compact.charAt(i));
        }
        return sum % PRIME == 0;
    }

    /** The value v (0..30) that makes sum(w_i * v_i) + 8 * v == 0 (mod 31). */
    static int checkValue(String body) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        // 8 * 4 = 32 = 1 (mod 31), so 4 is the inverse of the weight 8.
        return Math.floorMod(-sum * 4, PRIME);
    }

    @Override
    public String toString() {
        return value;
    }
}

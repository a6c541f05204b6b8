package se.uppfoljning.enquiries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import se.uppfoljning.cases.CaseCode;

/**
 * Link tokens (32 random bytes, URL-safe Base64: 256 bits) and paper codes (12 characters from an alphabet
 * without look-alikes, about 59 bits, e.g. {@code K7QX-M4P2-HT9W}) and pupil codes (10 characters of the same
 * alphabet, about 49 bits, e.g. {@code K7QXM-4P2HT}, short-lived, issue #16). Only their SHA-256 hashes are stored:
 * both are long random secrets, so a plain hash is enough to make a stolen table useless.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newCode() {
        return newCode(12, 4);
    }

    /** A pupil code: 10 characters in two groups of five, typed by a pupil at school. */
    static String newPupilCode() {
        return newCode(10, 5);
    }

    private static String newCode(int length, int group) {
        StringBuilder sb = new StringBuilder(length + length / group);
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % group == 0) {
                sb.append('-');
            }
            sb.append(CaseCode.ALPHABET.charAt(RANDOM.nextInt(CaseCode.ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Upper case, no dashes or spaces; common look-alikes mapped (O→0 is not in the alphabet, so O→Q is not guessed). */
    static String normalizeCode(String input) {
        if (input == null) {
            return "";
        }
        return input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    static boolean looksLikeCode(String normalized) {
        return looksLikeCode(normalized, 12);
    }

    static boolean looksLikePupilCode(String normalized) {
        return looksLikeCode(normalized, 10);
    }

    private static boolean looksLikeCode(String normalized, int length) {
        if (normalized.length() != length) {
            return false;
        }
        for (char c : normalized.toCharArray()) {
            if (CaseCode.ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]{43}");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.uppfoljning.security;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import se.uppfoljning.base.BusinessException;

/**
 * What a staff password must satisfy, checked whenever one is set (new account, reset, own change): 12 to 128
 * characters of any kind, used exactly as typed (no trimming, no case folding, no composition rules), and none of
 * the context words below nor the account's own user name inside it, in any case and with or without å, ä, ö.
 * The list is the one documented in docs/security.md (ASVS 6.1.2, 6.2.11).
 */
final class PasswordRules {

    /** Words an attacker tries first against this service; compared without case and diacritics. */
    static final List<String> CONTEXT_WORDS = List.of("uppfoljning", "stockholm", "stadsdel", "narvaro",
            "enkat", "elevarende", "samordnare", "samtalsledare", "utvarderare", "losenord",
            "password", "qwerty", "123456");

    private PasswordRules() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.length() < StaffData.PASSWORD_MIN_LENGTH) {
            throw new BusinessException(field, "security.password.error.too-short", StaffData.PASSWORD_MIN_LENGTH);
        }
        if (password.length() > StaffData.PASSWORD_MAX_LENGTH) {
            throw new BusinessException(field, "security.password.error.too-long", StaffData.PASSWORD_MAX_LENGTH);
        }
        String folded = fold(password);
        String name = username == null ? "" : fold(username.strip());
        if ((name.length() >= 3 && folded.contains(name)) || CONTEXT_WORDS.stream().anyMatch(folded::contains)) {
            throw new BusinessException(field, "security.password.error.context-word");
        }
    }

    /** Lower case without diacritics: "Närvaro" and "NARVARO" both become "narvaro". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

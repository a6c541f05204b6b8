package se.uppfoljning.enquiries.letters;

import java.time.Instant;
import java.util.Locale;

/**
 * What one invitation letter shows. Holds the secrets in plain text: build, print, forget.
 *
 * @param language the letter's language
 * @param secondLanguage for a two-language letter (Swedish plus the family's language, printed on the two
 *                       sides of one sheet): the family's language; null for a one-language letter
 */
public record LetterData(String caseCode, String wave, Locale language, String link, String code, Instant expiresAt,
                         String contact, String codeEntryUrl, Locale secondLanguage) {

    /** A letter in one language. */
    public LetterData(String caseCode, String wave, Locale language, String link, String code, Instant expiresAt,
                      String contact, String codeEntryUrl) {
        this(caseCode, wave, language, link, code, expiresAt, contact, codeEntryUrl, null);
    }

    /**
     * The letter for an invitation's letter language: {@code "so"} for Somali only, {@code "sv+so"} for
     * Swedish on the front and Somali on the back.
     */
    public static LetterData of(String caseCode, String wave, String letterLanguage, String link, String code,
                                Instant expiresAt, String contact, String codeEntryUrl) {
        String[] parts = letterLanguage.split("\\+", 2);
        return new LetterData(caseCode, wave, Locale.forLanguageTag(parts[0]), link, code, expiresAt, contact,
                codeEntryUrl, parts.length == 2 ? Locale.forLanguageTag(parts[1]) : null);
    }
}

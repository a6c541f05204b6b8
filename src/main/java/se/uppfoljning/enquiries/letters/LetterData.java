package se.uppfoljning.enquiries.letters;

import java.time.Instant;
import java.util.Locale;

/** What one invitation letter shows. Holds the secrets in plain text: build, print, forget. */
public record LetterData(String caseCode, String wave, Locale language, String link, String code, Instant expiresAt,
                         String contact, String codeEntryUrl) {
}

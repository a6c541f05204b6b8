package se.uppfoljning.reports;

import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * A quote from a focus group. Only quotes marked {@code quotable} (consent and de-identification checked by the
 * note taker) may appear in a report; the builder checks this again.
 */
public record QuoteRow(String text, ParticipantRole role, String theme, boolean quotable) {
}

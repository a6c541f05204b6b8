package se.uppfoljning.focusgroups;

import java.time.Instant;

/** A change made after the session was finalised: who, when, why and what kind of change. */
public record AmendmentItem(Instant at, String by, String reason, AmendmentChange change) {
}

package se.uppfoljning.audit;

import java.time.Instant;

/** One audit entry as shown to administrators and exported. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String target,
                             String details, String hash) {
}

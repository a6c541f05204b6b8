package se.uppfoljning.surveys;

import java.time.Instant;

/** A stored response without its answers. */
public record ResponseInfo(long id, String templateId, int templateVersion, ResponsePurpose purpose, Long caseId,
                           String wave, String language, boolean submitted, Instant startedAt, Instant updatedAt,
                           Instant submittedAt) {
}

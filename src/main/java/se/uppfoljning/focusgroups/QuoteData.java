package se.uppfoljning.focusgroups;

import java.util.Set;

/**
 * A verbatim quote: what was said, the role of the speaker (never the name), and whether it may be quoted in
 * reports.
 */
public record QuoteData(Theme theme, String text, ParticipantRole speakerRole, boolean quotable, Set<Long> codeIds) {

    public static final int MAX_LENGTH = 2000;

    public QuoteData {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
    }
}

package se.uppfoljning.focusgroups;

import java.time.Instant;
import java.util.List;

public record QuoteItem(long id, Theme theme, String text, ParticipantRole speakerRole, boolean quotable,
                        List<CodeItem> codes, Instant updatedAt) {

    public QuoteItem {
        codes = List.copyOf(codes);
    }
}

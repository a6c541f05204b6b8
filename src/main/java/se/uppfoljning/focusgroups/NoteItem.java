package se.uppfoljning.focusgroups;

import java.time.Instant;
import java.util.List;

public record NoteItem(long id, Theme theme, String text, List<CodeItem> codes, Instant updatedAt) {

    public NoteItem {
        codes = List.copyOf(codes);
    }
}

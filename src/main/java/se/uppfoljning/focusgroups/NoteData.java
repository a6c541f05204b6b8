package se.uppfoljning.focusgroups;

import java.util.Set;

/** A note under a theme, tagged with codes of the project's codebook. */
public record NoteData(Theme theme, String text, Set<Long> codeIds) {

    public static final int MAX_LENGTH = 4000;

    public NoteData {
        codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
    }
}

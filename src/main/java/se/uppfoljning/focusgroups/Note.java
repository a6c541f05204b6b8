package se.uppfoljning.focusgroups;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A note under a theme. Its changes are guarded by the session's version. */
@Entity
@Table(name = "focusgroup_note")
@AssociationOverride(name = "codes", joinTable = @JoinTable(name = "focusgroup_note_code",
        joinColumns = @JoinColumn(name = "note_id"), inverseJoinColumns = @JoinColumn(name = "code_id")))
class Note extends ThemedText {

    protected Note() {
    }

    Note(FocusGroupSession session, Instant now) {
        super(session, now);
    }

    void apply(Theme theme, String text, Set<Code> tags, Instant now) {
        write(theme, text, tags, now);
    }

    NoteItem toItem() {
        return new NoteItem(getId(), getTheme(), getBody(), codeItems(), getUpdatedAt());
    }
}

package se.uppfoljning.focusgroups;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A verbatim quote with the speaker's role. Its changes are guarded by the session's version. */
@Entity
@Table(name = "focusgroup_quote")
@AssociationOverride(name = "codes", joinTable = @JoinTable(name = "focusgroup_quote_code",
        joinColumns = @JoinColumn(name = "quote_id"), inverseJoinColumns = @JoinColumn(name = "code_id")))
class Quote extends ThemedText {
    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_role")
    private ParticipantRole speakerRole;
    private boolean quotable;

    protected Quote() {
    }

    Quote(FocusGroupSession session, Instant now) {
        super(session, now);
    }

    void apply(Theme theme, QuoteData d, Set<Code> tags, Instant now) {
        write(theme, d.text().strip(), tags, now);
        this.speakerRole = d.speakerRole();
        this.quotable = d.quotable();
    }

    ParticipantRole getSpeakerRole() {
        return speakerRole;
    }

    boolean isQuotable() {
        return quotable;
    }

    QuoteItem toItem() {
        return new QuoteItem(getId(), getTheme(), getBody(), speakerRole, quotable, codeItems(), getUpdatedAt());
    }
}

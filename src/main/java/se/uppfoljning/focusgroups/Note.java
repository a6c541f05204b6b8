package se.uppfoljning.focusgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/** A note under a theme. Its changes are guarded by the session's version. */
@Entity
@Table(name = "focusgroup_note")
class Note {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private FocusGroupSession session;
    @Column(name = "theme_key")
    private String themeKey;
    @Column(name = "theme_title")
    private String themeTitle;
    private String body;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ManyToMany
    @JoinTable(name = "focusgroup_note_code", joinColumns = @JoinColumn(name = "note_id"),
            inverseJoinColumns = @JoinColumn(name = "code_id"))
    private Set<Code> codes = new HashSet<>();

    protected Note() {
    }

    Note(FocusGroupSession session, Instant now) {
        this.session = session;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void apply(Theme theme, String text, Set<Code> tags, Instant now) {
        this.themeKey = theme.key();
        this.themeTitle = theme.title();
        this.body = text;
        this.codes.clear();
        this.codes.addAll(tags);
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    Long getId() {
        return id;
    }

    Theme getTheme() {
        return new Theme(themeKey, themeTitle);
    }

    String getBody() {
        return body;
    }

    Set<Code> getCodes() {
        return codes;
    }

    NoteItem toItem() {
        return new NoteItem(id, getTheme(), body,
                codes.stream().sorted(Comparator.comparing(Code::getName)).map(c -> c.toItem(0)).toList(), updatedAt);
    }
}

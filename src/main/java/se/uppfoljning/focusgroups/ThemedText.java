package se.uppfoljning.focusgroups;

import jakarta.persistence.Column;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text written under a theme of a session and tagged with codes: a {@link Note} or a {@link Quote}. Holds the
 * columns both tables share (V0300: theme_key, theme_title, body, created_at, updated_at); each subclass names its
 * own code join table with {@code @AssociationOverride(name = "codes", ...)}. Changes are guarded by the session's
 * version. Times are kept to microseconds, as the TIMESTAMP(6) columns store them.
 */
@MappedSuperclass
abstract class ThemedText extends SessionPart {
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
    private Set<Code> codes = new HashSet<>();

    protected ThemedText() {
    }

    ThemedText(FocusGroupSession session, Instant now) {
        super(session);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Replaces theme, text and codes; {@code now} becomes the time of the last change. */
    protected void write(Theme theme, String text, Set<Code> tags, Instant now) {
        this.themeKey = theme.key();
        this.themeTitle = theme.title();
        this.body = text;
        this.codes.clear();
        this.codes.addAll(tags);
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The codes by name, as the items show them (without usage counts). */
    List<CodeItem> codeItems() {
        return codes.stream().sorted(Comparator.comparing(Code::getName)).map(c -> c.toItem(0)).toList();
    }
}
